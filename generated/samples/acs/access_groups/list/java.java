// List access groups
seam.acs().accessGroups().list();

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
seam.acs().accessGroups().list(AccessGroupsListRequest.builder()
    .acsSystemId("1c018e12-4d42-5507-a992-3326b06eb92f")
    .build());

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
seam.acs().accessGroups().list(AccessGroupsListRequest.builder()
    .acsUserId("8880b788-dbdf-59e5-9ebf-e9d60d9f9090")
    .build());

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
seam.acs().accessGroups().list(AccessGroupsListRequest.builder()
    .userIdentityId("15c9438e-fed3-5f72-8faa-9bc12929f98c")
    .build());

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
seam.acs().accessGroups().list(AccessGroupsListRequest.builder()
    .search("Search")
    .build());

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
