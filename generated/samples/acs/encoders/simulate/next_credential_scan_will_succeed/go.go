// Simulate that the next credential scan will succeed
_, err := client.Acs.Encoders.Simulate.NextCredentialScanWillSucceed(
	context.Background(), &acs.EncodersSimulateNextCredentialScanWillSucceedRequest{
		AcsEncoderId:          "57481244-7aa3-5f0e-a6c7-0eab237ffc1a",
		AcsCredentialIdOnSeam: api.String("edd37705-82b0-552f-9874-155ae447e7cb"),
		Scenario:              api.String("credential_exists_on_seam"),
	},
)

// nil
