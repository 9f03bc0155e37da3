// Simulate that the Next Credential Scan Will Succeed
_, err := client.Acs.Encoders.Simulate.NextCredentialScanWillSucceed(
	context.Background(), &acs.EncodersSimulateNextCredentialScanWillSucceedRequest{
		AcsEncoderId: "57481244-7aa3-5f0e-a6c7-0eab237ffc1a",
	},
)

// nil
