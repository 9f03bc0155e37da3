// Simulate that the next credential scan will fail
_, err := client.Acs.Encoders.Simulate.NextCredentialScanWillFail(
	context.Background(), &acs.EncodersSimulateNextCredentialScanWillFailRequest{
		AcsEncoderId:          "57481244-7aa3-5f0e-a6c7-0eab237ffc1a",
		ErrorCode:             api.String("uncategorized_error"),
		AcsCredentialIdOnSeam: api.String("edd37705-82b0-552f-9874-155ae447e7cb"),
	},
)

// nil
