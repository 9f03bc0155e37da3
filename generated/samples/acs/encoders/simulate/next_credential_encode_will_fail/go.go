// Simulate that the next credential encoding will fail
_, err := client.Acs.Encoders.Simulate.NextCredentialEncodeWillFail(
	context.Background(), &acs.EncodersSimulateNextCredentialEncodeWillFailRequest{
		AcsEncoderId:    "57481244-7aa3-5f0e-a6c7-0eab237ffc1a",
		AcsCredentialId: api.String("42d0a8d2-b3e9-5ade-ad4a-e9003c46d2ef"),
		ErrorCode:       api.String("uncategorized_error"),
	},
)

// nil
