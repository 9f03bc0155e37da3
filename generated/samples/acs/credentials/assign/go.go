// Assign a Credential to an ACS User
_, err := client.Acs.Credentials.Assign(
	context.Background(), &acs.CredentialsAssignRequest{
		AcsCredentialId: "42d0a8d2-b3e9-5ade-ad4a-e9003c46d2ef",
	},
)

// nil
