// Revoke ACS user access to all entrances
_, err := client.Acs.Users.RevokeAccessToAllEntrances(
	context.Background(), &acs.UsersRevokeAccessToAllEntrancesRequest{
		AcsUserId: api.String("8880b788-dbdf-59e5-9ebf-e9d60d9f9090"),
	},
)

// nil

// Revoke ACS user access to all entrances by user identity
_, err := client.Acs.Users.RevokeAccessToAllEntrances(
	context.Background(), &acs.UsersRevokeAccessToAllEntrancesRequest{
		UserIdentityId: api.String("15c9438e-fed3-5f72-8faa-9bc12929f98c"),
		AcsSystemId:    api.String("1c018e12-4d42-5507-a992-3326b06eb92f"),
	},
)

// nil
