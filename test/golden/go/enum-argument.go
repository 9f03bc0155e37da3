// Set the HVAC mode
thermostat, err := client.Thermostats.SetHvacMode(
	context.Background(), &api.ThermostatsSetHvacModeRequest{
		DeviceId: "11111111-1111-1111-1111-111111111111",
		HvacMode: "heat_cool",
	},
)

// {
//   "device_id": "11111111-1111-1111-1111-111111111111",
//   "hvac_mode": "heat_cool"
// }
