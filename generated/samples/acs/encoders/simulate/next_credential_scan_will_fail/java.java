// Simulate that the Next Credential Scan Will Fail
seam.acs().encoders().simulate().nextCredentialScanWillFail(SimulateNextCredentialScanWillFailRequest.builder()
    .acsEncoderId("57481244-7aa3-5f0e-a6c7-0eab237ffc1a")
    .build());

// void
