// Add an ACS User to an Access Group
_, err := client.Acs.AccessGroups.AddUser(
	context.Background(), &acs.AccessGroupsAddUserRequest{
		AcsAccessGroupId: "a9baab47-7ffb-5d32-a521-39df2151fb29",
	},
)

// nil
