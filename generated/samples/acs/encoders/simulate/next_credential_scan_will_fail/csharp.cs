// Simulate that the next credential scan will fail
seam.SimulateEncodersAcs.NextCredentialScanWillFail(
  acsEncoderId: "57481244-7aa3-5f0e-a6c7-0eab237ffc1a",
  errorCode: SimulateEncodersAcs.NextCredentialScanWillFailRequest.ErrorCodeEnum.UncategorizedError,
  acsCredentialIdOnSeam: "edd37705-82b0-552f-9874-155ae447e7cb"
);

// void
