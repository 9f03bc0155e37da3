// Simulate that the next credential encoding will fail
seam.SimulateEncodersAcs.NextCredentialEncodeWillFail(
  acsEncoderId: "57481244-7aa3-5f0e-a6c7-0eab237ffc1a",
  acsCredentialId: "42d0a8d2-b3e9-5ade-ad4a-e9003c46d2ef",
  errorCode: SimulateEncodersAcs.NextCredentialEncodeWillFailRequest.ErrorCodeEnum.UncategorizedError
);

// void
