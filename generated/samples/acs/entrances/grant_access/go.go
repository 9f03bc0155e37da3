// Grant an ACS User Access to an Entrance
_, err := client.Acs.Entrances.GrantAccess(
	context.Background(), &acs.EntrancesGrantAccessRequest{
		AcsEntranceId: "70836a59-a9a2-566d-bb84-3b8f31ffc389",
	},
)

// nil
