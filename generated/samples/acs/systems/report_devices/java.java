// Report devices
seam.acs().systems().reportDevices(SystemsReportDevicesRequest.builder()
    .acsSystemId("1c018e12-4d42-5507-a992-3326b06eb92f")
    .acsEncoders(List.of(
        Map.of("hotek_metadata", Map.of("encoder_number", "Encoder number"))
    ))
    .acsEntrances(List.of(
        Map.of(
            "hotek_metadata", Map.of(
                "common_area_name", "My Common Area",
                "common_area_number", "Common area number",
                "room_number", "Room number"
            )
        )
    ))
    .build());

// void
