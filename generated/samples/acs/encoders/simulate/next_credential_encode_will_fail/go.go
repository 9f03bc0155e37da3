// Simulate that the Next Credential Encoding Will Fail
_, err := client.Acs.Encoders.Simulate.NextCredentialEncodeWillFail(
	context.Background(), &acs.EncodersSimulateNextCredentialEncodeWillFailRequest{
		AcsEncoderId: "57481244-7aa3-5f0e-a6c7-0eab237ffc1a",
	},
)

// nil
