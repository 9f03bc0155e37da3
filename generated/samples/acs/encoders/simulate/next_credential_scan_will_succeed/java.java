// Simulate that the next credential scan will succeed
seam.acs().encoders().simulate().nextCredentialScanWillSucceed(SimulateNextCredentialScanWillSucceedRequest.builder()
    .acsEncoderId("57481244-7aa3-5f0e-a6c7-0eab237ffc1a")
    .acsCredentialIdOnSeam("edd37705-82b0-552f-9874-155ae447e7cb")
    .scenario(SimulateNextCredentialScanWillSucceedRequestScenario.CREDENTIAL_EXISTS_ON_SEAM)
    .build());

// void
