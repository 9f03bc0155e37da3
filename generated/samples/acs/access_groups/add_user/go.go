// Add an ACS user to an access group
_, err := client.Acs.AccessGroups.AddUser(
	context.Background(), &acs.AccessGroupsAddUserRequest{
		AcsAccessGroupId: "a9baab47-7ffb-5d32-a521-39df2151fb29",
		AcsUserId:        api.String("8880b788-dbdf-59e5-9ebf-e9d60d9f9090"),
	},
)

// nil

// Add an ACS user to an access group by user identity
_, err := client.Acs.AccessGroups.AddUser(
	context.Background(), &acs.AccessGroupsAddUserRequest{
		AcsAccessGroupId: "a9baab47-7ffb-5d32-a521-39df2151fb29",
		UserIdentityId:   api.String("15c9438e-fed3-5f72-8faa-9bc12929f98c"),
	},
)

// nil
