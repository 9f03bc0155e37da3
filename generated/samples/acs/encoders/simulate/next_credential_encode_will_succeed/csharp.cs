// Simulate that the next credential encoding will succeed
seam.SimulateEncodersAcs.NextCredentialEncodeWillSucceed(
  acsEncoderId: "57481244-7aa3-5f0e-a6c7-0eab237ffc1a",
  scenario: SimulateEncodersAcs.NextCredentialEncodeWillSucceedRequest.ScenarioEnum.CredentialIsIssued
);

// void
