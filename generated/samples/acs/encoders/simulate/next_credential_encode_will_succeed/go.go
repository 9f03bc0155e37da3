// Simulate that the Next Credential Encoding Will Succeed
_, err := client.Acs.Encoders.Simulate.NextCredentialEncodeWillSucceed(
	context.Background(), &acs.EncodersSimulateNextCredentialEncodeWillSucceedRequest{
		AcsEncoderId: "57481244-7aa3-5f0e-a6c7-0eab237ffc1a",
	},
)

// nil
