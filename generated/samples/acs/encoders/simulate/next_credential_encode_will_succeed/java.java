// Simulate that the next credential encoding will succeed
seam.acs().encoders().simulate().nextCredentialEncodeWillSucceed(SimulateNextCredentialEncodeWillSucceedRequest.builder()
    .acsEncoderId("57481244-7aa3-5f0e-a6c7-0eab237ffc1a")
    .scenario(SimulateNextCredentialEncodeWillSucceedRequestScenario.CREDENTIAL_IS_ISSUED)
    .build());

// void
