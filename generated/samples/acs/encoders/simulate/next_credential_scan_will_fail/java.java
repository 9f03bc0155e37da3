// Simulate that the next credential scan will fail
seam.acs().encoders().simulate().nextCredentialScanWillFail(SimulateNextCredentialScanWillFailRequest.builder()
    .acsEncoderId("57481244-7aa3-5f0e-a6c7-0eab237ffc1a")
    .errorCode(SimulateNextCredentialScanWillFailRequestErrorCode.UNCATEGORIZED_ERROR)
    .acsCredentialIdOnSeam("edd37705-82b0-552f-9874-155ae447e7cb")
    .build());

// void
