// Delete a credential
_, err := client.Acs.Credentials.Delete(
	context.Background(), &acs.CredentialsDeleteRequest{
		AcsCredentialId: "42d0a8d2-b3e9-5ade-ad4a-e9003c46d2ef",
	},
)

// nil
