// List access groups
acsAccessGroups, err := client.Acs.AccessGroups.List(context.Background(), &acs.AccessGroupsListRequest{})

// [
//   {
//     "access_group_type": "pti_unit",
//     "access_group_type_display_name": "Access Group Type",
//     "access_schedule": {
//       "ends_at": "2025-06-18T16:54:17.946Z",
//       "starts_at": "2025-06-15T16:54:17.946Z"
//     },
//     "acs_access_group_id": "a9baab47-7ffb-5d32-a521-39df2151fb29",
//     "acs_system_id": "1c018e12-4d42-5507-a992-3326b06eb92f",
//     "connected_account_id": "3d67b71e-3bd5-55ba-9641-084b258a6604",
//     "created_at": "2025-06-15T16:54:17.946Z",
//     "display_name": "My Access Group",
//     "errors": [],
//     "external_type": "pti_unit",
//     "external_type_display_name": "External Type",
//     "is_managed": true,
//     "name": "My Access Group",
//     "pending_mutations": [],
//     "warnings": [],
//     "workspace_id": "d580ea61-698c-569a-9d7a-8b5416e3752d"
//   }
// ]

// List access groups for an ACS system
acsAccessGroups, err := client.Acs.AccessGroups.List(
	context.Background(), &acs.AccessGroupsListRequest{
		AcsSystemId: api.String("1c018e12-4d42-5507-a992-3326b06eb92f"),
	},
)

// [
//   {
//     "access_group_type": "pti_unit",
//     "access_group_type_display_name": "Access Group Type",
//     "access_schedule": {
//       "ends_at": "2025-06-18T16:54:17.946Z",
//       "starts_at": "2025-06-15T16:54:17.946Z"
//     },
//     "acs_access_group_id": "a9baab47-7ffb-5d32-a521-39df2151fb29",
//     "acs_system_id": "1c018e12-4d42-5507-a992-3326b06eb92f",
//     "connected_account_id": "3d67b71e-3bd5-55ba-9641-084b258a6604",
//     "created_at": "2025-06-15T16:54:17.946Z",
//     "display_name": "My Access Group",
//     "errors": [],
//     "external_type": "pti_unit",
//     "external_type_display_name": "External Type",
//     "is_managed": true,
//     "name": "My Access Group",
//     "pending_mutations": [],
//     "warnings": [],
//     "workspace_id": "d580ea61-698c-569a-9d7a-8b5416e3752d"
//   }
// ]

// List access groups for an ACS user
acsAccessGroups, err := client.Acs.AccessGroups.List(
	context.Background(), &acs.AccessGroupsListRequest{
		AcsUserId: api.String("8880b788-dbdf-59e5-9ebf-e9d60d9f9090"),
	},
)

// [
//   {
//     "access_group_type": "pti_unit",
//     "access_group_type_display_name": "Access Group Type",
//     "access_schedule": {
//       "ends_at": "2025-06-18T16:54:17.946Z",
//       "starts_at": "2025-06-15T16:54:17.946Z"
//     },
//     "acs_access_group_id": "a9baab47-7ffb-5d32-a521-39df2151fb29",
//     "acs_system_id": "1c018e12-4d42-5507-a992-3326b06eb92f",
//     "connected_account_id": "3d67b71e-3bd5-55ba-9641-084b258a6604",
//     "created_at": "2025-06-15T16:54:17.946Z",
//     "display_name": "My Access Group",
//     "errors": [],
//     "external_type": "pti_unit",
//     "external_type_display_name": "External Type",
//     "is_managed": true,
//     "name": "My Access Group",
//     "pending_mutations": [],
//     "warnings": [],
//     "workspace_id": "d580ea61-698c-569a-9d7a-8b5416e3752d"
//   }
// ]

// List access groups for a user identity
acsAccessGroups, err := client.Acs.AccessGroups.List(
	context.Background(), &acs.AccessGroupsListRequest{
		UserIdentityId: api.String("15c9438e-fed3-5f72-8faa-9bc12929f98c"),
	},
)

// [
//   {
//     "access_group_type": "pti_unit",
//     "access_group_type_display_name": "Access Group Type",
//     "access_schedule": {
//       "ends_at": "2025-06-18T16:54:17.946Z",
//       "starts_at": "2025-06-15T16:54:17.946Z"
//     },
//     "acs_access_group_id": "a9baab47-7ffb-5d32-a521-39df2151fb29",
//     "acs_system_id": "1c018e12-4d42-5507-a992-3326b06eb92f",
//     "connected_account_id": "3d67b71e-3bd5-55ba-9641-084b258a6604",
//     "created_at": "2025-06-15T16:54:17.946Z",
//     "display_name": "My Access Group",
//     "errors": [],
//     "external_type": "pti_unit",
//     "external_type_display_name": "External Type",
//     "is_managed": true,
//     "name": "My Access Group",
//     "pending_mutations": [],
//     "warnings": [],
//     "workspace_id": "d580ea61-698c-569a-9d7a-8b5416e3752d"
//   }
// ]

// List access groups matching a search
acsAccessGroups, err := client.Acs.AccessGroups.List(
	context.Background(), &acs.AccessGroupsListRequest{
		Search: api.String("Search"),
	},
)

// [
//   {
//     "access_group_type": "pti_unit",
//     "access_group_type_display_name": "Access Group Type",
//     "access_schedule": {
//       "ends_at": "2025-06-18T16:54:17.946Z",
//       "starts_at": "2025-06-15T16:54:17.946Z"
//     },
//     "acs_access_group_id": "a9baab47-7ffb-5d32-a521-39df2151fb29",
//     "acs_system_id": "1c018e12-4d42-5507-a992-3326b06eb92f",
//     "connected_account_id": "3d67b71e-3bd5-55ba-9641-084b258a6604",
//     "created_at": "2025-06-15T16:54:17.946Z",
//     "display_name": "My Access Group",
//     "errors": [],
//     "external_type": "pti_unit",
//     "external_type_display_name": "External Type",
//     "is_managed": true,
//     "name": "My Access Group",
//     "pending_mutations": [],
//     "warnings": [],
//     "workspace_id": "d580ea61-698c-569a-9d7a-8b5416e3752d"
//   }
// ]
