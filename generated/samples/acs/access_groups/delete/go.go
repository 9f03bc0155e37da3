// Delete an access group
_, err := client.Acs.AccessGroups.Delete(
	context.Background(), &acs.AccessGroupsDeleteRequest{
		AcsAccessGroupId: "a9baab47-7ffb-5d32-a521-39df2151fb29",
	},
)

// nil
