// List ACS systems
seam.acs().systems().list();

// [
//   {
//     "acs_access_group_count": 1,
//     "acs_system_id": "1c018e12-4d42-5507-a992-3326b06eb92f",
//     "acs_user_count": 1,
//     "connected_account_id": "3d67b71e-3bd5-55ba-9641-084b258a6604",
//     "connected_account_ids": [
//       "3d67b71e-3bd5-55ba-9641-084b258a6604"
//     ],
//     "created_at": "2025-06-15T16:54:17.946Z",
//     "default_credential_manager_acs_system_id": "02b7d074-31c8-515b-8f0e-c0a1f46a7bf1",
//     "errors": [],
//     "external_type": "pti_site",
//     "external_type_display_name": "External Type",
//     "image_alt_text": "Image alt text",
//     "image_url": "https://example.com",
//     "is_credential_manager": true,
//     "location": {
//       "time_zone": "America/Los_Angeles"
//     },
//     "name": "My System",
//     "system_type": "pti_site",
//     "system_type_display_name": "System Type",
//     "visionline_metadata": {
//       "lan_address": "Lan address",
//       "mobile_access_uuid": "Mobile access uuid",
//       "system_id": "c525c64a-7287-528f-990d-8dcf73562e8b"
//     },
//     "warnings": [],
//     "workspace_id": "d580ea61-698c-569a-9d7a-8b5416e3752d"
//   }
// ]

// List ACS systems for a connected account
seam.acs().systems().list(SystemsListRequest.builder()
    .connectedAccountId("3d67b71e-3bd5-55ba-9641-084b258a6604")
    .build());

// [
//   {
//     "acs_access_group_count": 1,
//     "acs_system_id": "1c018e12-4d42-5507-a992-3326b06eb92f",
//     "acs_user_count": 1,
//     "connected_account_id": "3d67b71e-3bd5-55ba-9641-084b258a6604",
//     "connected_account_ids": [
//       "3d67b71e-3bd5-55ba-9641-084b258a6604"
//     ],
//     "created_at": "2025-06-15T16:54:17.946Z",
//     "default_credential_manager_acs_system_id": "02b7d074-31c8-515b-8f0e-c0a1f46a7bf1",
//     "errors": [],
//     "external_type": "pti_site",
//     "external_type_display_name": "External Type",
//     "image_alt_text": "Image alt text",
//     "image_url": "https://example.com",
//     "is_credential_manager": true,
//     "location": {
//       "time_zone": "America/Los_Angeles"
//     },
//     "name": "My System",
//     "system_type": "pti_site",
//     "system_type_display_name": "System Type",
//     "visionline_metadata": {
//       "lan_address": "Lan address",
//       "mobile_access_uuid": "Mobile access uuid",
//       "system_id": "c525c64a-7287-528f-990d-8dcf73562e8b"
//     },
//     "warnings": [],
//     "workspace_id": "d580ea61-698c-569a-9d7a-8b5416e3752d"
//   }
// ]

// List ACS systems matching a search
seam.acs().systems().list(SystemsListRequest.builder()
    .search("Search")
    .build());

// [
//   {
//     "acs_access_group_count": 1,
//     "acs_system_id": "1c018e12-4d42-5507-a992-3326b06eb92f",
//     "acs_user_count": 1,
//     "connected_account_id": "3d67b71e-3bd5-55ba-9641-084b258a6604",
//     "connected_account_ids": [
//       "3d67b71e-3bd5-55ba-9641-084b258a6604"
//     ],
//     "created_at": "2025-06-15T16:54:17.946Z",
//     "default_credential_manager_acs_system_id": "02b7d074-31c8-515b-8f0e-c0a1f46a7bf1",
//     "errors": [],
//     "external_type": "pti_site",
//     "external_type_display_name": "External Type",
//     "image_alt_text": "Image alt text",
//     "image_url": "https://example.com",
//     "is_credential_manager": true,
//     "location": {
//       "time_zone": "America/Los_Angeles"
//     },
//     "name": "My System",
//     "system_type": "pti_site",
//     "system_type_display_name": "System Type",
//     "visionline_metadata": {
//       "lan_address": "Lan address",
//       "mobile_access_uuid": "Mobile access uuid",
//       "system_id": "c525c64a-7287-528f-990d-8dcf73562e8b"
//     },
//     "warnings": [],
//     "workspace_id": "d580ea61-698c-569a-9d7a-8b5416e3752d"
//   }
// ]
