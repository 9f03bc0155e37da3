// Assign a credential to an ACS user
_, err := client.Acs.Credentials.Assign(
	context.Background(), &acs.CredentialsAssignRequest{
		AcsCredentialId: "42d0a8d2-b3e9-5ade-ad4a-e9003c46d2ef",
		AcsUserId:       api.String("8880b788-dbdf-59e5-9ebf-e9d60d9f9090"),
	},
)

// nil

// Assign a credential to an ACS user by user identity
_, err := client.Acs.Credentials.Assign(
	context.Background(), &acs.CredentialsAssignRequest{
		AcsCredentialId: "42d0a8d2-b3e9-5ade-ad4a-e9003c46d2ef",
		UserIdentityId:  api.String("15c9438e-fed3-5f72-8faa-9bc12929f98c"),
	},
)

// nil
