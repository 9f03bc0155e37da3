// Report devices
_, err := client.Acs.Systems.ReportDevices(
	context.Background(), &acs.SystemsReportDevicesRequest{
		AcsSystemId: "1c018e12-4d42-5507-a992-3326b06eb92f",
		AcsEncoders: []map[string]any{
			{
				"hotek_metadata": map[string]any{"encoder_number": "Encoder number"},
			},
		},
		AcsEntrances: []map[string]any{
			{
				"hotek_metadata": map[string]any{
					"common_area_name":   "My Common Area",
					"common_area_number": "Common area number",
					"room_number":        "Room number",
				},
			},
		},
	},
)

// nil
