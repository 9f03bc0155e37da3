// Simulate that the Next Credential Scan Will Fail
_, err := client.Acs.Encoders.Simulate.NextCredentialScanWillFail(
	context.Background(), &acs.EncodersSimulateNextCredentialScanWillFailRequest{
		AcsEncoderId: "57481244-7aa3-5f0e-a6c7-0eab237ffc1a",
	},
)

// nil
