// Set the HVAC mode
seam.thermostats().setHvacMode(ThermostatsSetHvacModeRequest.builder()
    .deviceId("11111111-1111-1111-1111-111111111111")
    .hvacMode(ThermostatsSetHvacModeRequestHvacMode.HEAT_COOL)
    .build());

// {
//   "device_id": "11111111-1111-1111-1111-111111111111",
//   "hvac_mode": "heat_cool"
// }
