// Remove an ACS User from an Access Group
_, err := client.Acs.AccessGroups.RemoveUser(
	context.Background(), &acs.AccessGroupsRemoveUserRequest{
		AcsAccessGroupId: "a9baab47-7ffb-5d32-a521-39df2151fb29",
	},
)

// nil
