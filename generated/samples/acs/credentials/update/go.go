// Update a credential
_, err := client.Acs.Credentials.Update(
	context.Background(), &acs.CredentialsUpdateRequest{
		AcsCredentialId: "42d0a8d2-b3e9-5ade-ad4a-e9003c46d2ef",
		EndsAt:          api.String("2025-06-18T16:54:17.946Z"),
		Code:            api.String("12"),
	},
)

// nil
