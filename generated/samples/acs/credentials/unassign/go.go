// Unassign a Credential from an ACS User
_, err := client.Acs.Credentials.Unassign(
	context.Background(), &acs.CredentialsUnassignRequest{
		AcsCredentialId: "42d0a8d2-b3e9-5ade-ad4a-e9003c46d2ef",
	},
)

// nil
