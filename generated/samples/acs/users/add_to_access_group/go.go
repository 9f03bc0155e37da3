// Add an ACS user to an access group
_, err := client.Acs.Users.AddToAccessGroup(
	context.Background(), &acs.UsersAddToAccessGroupRequest{
		AcsUserId:        "8880b788-dbdf-59e5-9ebf-e9d60d9f9090",
		AcsAccessGroupId: "a9baab47-7ffb-5d32-a521-39df2151fb29",
	},
)

// nil
