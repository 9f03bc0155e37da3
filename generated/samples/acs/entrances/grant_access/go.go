// Grant an ACS user access to an entrance
_, err := client.Acs.Entrances.GrantAccess(
	context.Background(), &acs.EntrancesGrantAccessRequest{
		AcsEntranceId: "70836a59-a9a2-566d-bb84-3b8f31ffc389",
		AcsUserId:     api.String("8880b788-dbdf-59e5-9ebf-e9d60d9f9090"),
	},
)

// nil

// Grant an ACS user access to an entrance by user identity
_, err := client.Acs.Entrances.GrantAccess(
	context.Background(), &acs.EntrancesGrantAccessRequest{
		AcsEntranceId:  "70836a59-a9a2-566d-bb84-3b8f31ffc389",
		UserIdentityId: api.String("15c9438e-fed3-5f72-8faa-9bc12929f98c"),
	},
)

// nil
