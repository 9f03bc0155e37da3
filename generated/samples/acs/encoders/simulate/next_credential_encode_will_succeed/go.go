// Simulate that the next credential encoding will succeed
_, err := client.Acs.Encoders.Simulate.NextCredentialEncodeWillSucceed(
	context.Background(), &acs.EncodersSimulateNextCredentialEncodeWillSucceedRequest{
		AcsEncoderId: "57481244-7aa3-5f0e-a6c7-0eab237ffc1a",
		Scenario:     api.String("credential_is_issued"),
	},
)

// nil
