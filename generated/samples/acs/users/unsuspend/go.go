// Unsuspend an ACS user
_, err := client.Acs.Users.Unsuspend(
	context.Background(), &acs.UsersUnsuspendRequest{
		AcsUserId: api.String("8880b788-dbdf-59e5-9ebf-e9d60d9f9090"),
	},
)

// nil

// Unsuspend an ACS user by user identity
_, err := client.Acs.Users.Unsuspend(
	context.Background(), &acs.UsersUnsuspendRequest{
		AcsSystemId:    api.String("1c018e12-4d42-5507-a992-3326b06eb92f"),
		UserIdentityId: api.String("15c9438e-fed3-5f72-8faa-9bc12929f98c"),
	},
)

// nil
