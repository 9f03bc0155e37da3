// Set the HVAC mode
seam.Thermostats.SetHvacMode(
  deviceId: "11111111-1111-1111-1111-111111111111",
  hvacMode: Thermostats.SetHvacModeRequest.HvacModeEnum.HeatCool
);

// {
//   "device_id": "11111111-1111-1111-1111-111111111111",
//   "hvac_mode": "heat_cool"
// }
