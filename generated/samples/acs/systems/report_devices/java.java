// Report Devices
seam.acs().systems().reportDevices(SystemsReportDevicesRequest.builder()
    .acsSystemId("1c018e12-4d42-5507-a992-3326b06eb92f")
    .build());

// void
