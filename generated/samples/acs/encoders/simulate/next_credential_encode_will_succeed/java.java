// Simulate that the Next Credential Encoding Will Succeed
seam.acs().encoders().simulate().nextCredentialEncodeWillSucceed(SimulateNextCredentialEncodeWillSucceedRequest.builder()
    .acsEncoderId("57481244-7aa3-5f0e-a6c7-0eab237ffc1a")
    .build());

// void
