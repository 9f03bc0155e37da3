// Simulate that the next credential scan will succeed
seam.SimulateEncodersAcs.NextCredentialScanWillSucceed(
  acsEncoderId: "57481244-7aa3-5f0e-a6c7-0eab237ffc1a",
  acsCredentialIdOnSeam: "edd37705-82b0-552f-9874-155ae447e7cb",
  scenario: SimulateEncodersAcs.NextCredentialScanWillSucceedRequest.ScenarioEnum.CredentialExistsOnSeam
);

// void
