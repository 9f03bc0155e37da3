// Report Devices
_, err := client.Acs.Systems.ReportDevices(
	context.Background(), &acs.SystemsReportDevicesRequest{
		AcsSystemId: "1c018e12-4d42-5507-a992-3326b06eb92f",
	},
)

// nil
