// List credentials
seam.CredentialsAcs.List();

// [
//   {
//     "access_method": "code",
//     "acs_credential_id": "42d0a8d2-b3e9-5ade-ad4a-e9003c46d2ef",
//     "acs_credential_pool_id": "b033a982-5c24-57a2-ae06-bb36b82e3dbb",
//     "acs_system_id": "1c018e12-4d42-5507-a992-3326b06eb92f",
//     "acs_user_id": "8880b788-dbdf-59e5-9ebf-e9d60d9f9090",
//     "assa_abloy_vostio_metadata": {
//       "auto_join": true,
//       "door_names": [
//         "My Door"
//       ],
//       "endpoint_id": "56a158e2-59fc-57eb-a82d-381dfa547f2d",
//       "key_id": "a4c56e91-2f2e-5cdb-97ee-0b53a8e1cf91",
//       "key_issuing_request_id": "2cdc6dc9-2a64-5630-96ec-e57702f58a21",
//       "override_guest_acs_entrance_ids": [
//         "feb8ce54-365a-52ab-a618-9e4c535d8c01"
//       ]
//     },
//     "card_number": "Card number",
//     "code": "Code",
//     "connected_account_id": "3d67b71e-3bd5-55ba-9641-084b258a6604",
//     "created_at": "2025-06-15T16:54:17.946Z",
//     "display_name": "My Credential",
//     "ends_at": "2025-06-18T16:54:17.946Z",
//     "errors": [],
//     "external_type": "pti_card",
//     "external_type_display_name": "External Type",
//     "is_issued": true,
//     "is_latest_desired_state_synced_with_provider": true,
//     "is_managed": true,
//     "is_multi_phone_sync_credential": true,
//     "is_one_time_use": true,
//     "issued_at": "2025-06-15T16:54:17.946Z",
//     "latest_desired_state_synced_with_provider_at": "2025-06-15T16:54:17.946Z",
//     "parent_acs_credential_id": "cb688809-b242-5d5f-a5b3-5f2bebbaefaf",
//     "starts_at": "2025-06-15T16:54:17.946Z",
//     "user_identity_id": "15c9438e-fed3-5f72-8faa-9bc12929f98c",
//     "visionline_metadata": {
//       "auto_join": true,
//       "card_function_type": "guest",
//       "card_id": "66dfe8a7-1761-5e60-8bce-5c3c0cc551f8",
//       "common_acs_entrance_ids": [
//         "ac9efd9d-9ca2-5c83-b897-f72d42b21de3"
//       ],
//       "credential_id": "f7aa0e70-f536-5c8a-85fc-a83fb8f36b6a",
//       "guest_acs_entrance_ids": [
//         "73b636ec-c62d-5a0b-b551-fc347592a5a0"
//       ],
//       "is_valid": true,
//       "joiner_acs_credential_ids": [
//         "d7cb5434-1bb5-5dd1-877e-00e435e16c35"
//       ]
//     },
//     "warnings": [],
//     "workspace_id": "d580ea61-698c-569a-9d7a-8b5416e3752d"
//   }
// ]

// List credentials for an ACS user
seam.CredentialsAcs.List(acsUserId: "8880b788-dbdf-59e5-9ebf-e9d60d9f9090");

// [
//   {
//     "access_method": "code",
//     "acs_credential_id": "42d0a8d2-b3e9-5ade-ad4a-e9003c46d2ef",
//     "acs_credential_pool_id": "b033a982-5c24-57a2-ae06-bb36b82e3dbb",
//     "acs_system_id": "1c018e12-4d42-5507-a992-3326b06eb92f",
//     "acs_user_id": "8880b788-dbdf-59e5-9ebf-e9d60d9f9090",
//     "assa_abloy_vostio_metadata": {
//       "auto_join": true,
//       "door_names": [
//         "My Door"
//       ],
//       "endpoint_id": "56a158e2-59fc-57eb-a82d-381dfa547f2d",
//       "key_id": "a4c56e91-2f2e-5cdb-97ee-0b53a8e1cf91",
//       "key_issuing_request_id": "2cdc6dc9-2a64-5630-96ec-e57702f58a21",
//       "override_guest_acs_entrance_ids": [
//         "feb8ce54-365a-52ab-a618-9e4c535d8c01"
//       ]
//     },
//     "card_number": "Card number",
//     "code": "Code",
//     "connected_account_id": "3d67b71e-3bd5-55ba-9641-084b258a6604",
//     "created_at": "2025-06-15T16:54:17.946Z",
//     "display_name": "My Credential",
//     "ends_at": "2025-06-18T16:54:17.946Z",
//     "errors": [],
//     "external_type": "pti_card",
//     "external_type_display_name": "External Type",
//     "is_issued": true,
//     "is_latest_desired_state_synced_with_provider": true,
//     "is_managed": true,
//     "is_multi_phone_sync_credential": true,
//     "is_one_time_use": true,
//     "issued_at": "2025-06-15T16:54:17.946Z",
//     "latest_desired_state_synced_with_provider_at": "2025-06-15T16:54:17.946Z",
//     "parent_acs_credential_id": "cb688809-b242-5d5f-a5b3-5f2bebbaefaf",
//     "starts_at": "2025-06-15T16:54:17.946Z",
//     "user_identity_id": "15c9438e-fed3-5f72-8faa-9bc12929f98c",
//     "visionline_metadata": {
//       "auto_join": true,
//       "card_function_type": "guest",
//       "card_id": "66dfe8a7-1761-5e60-8bce-5c3c0cc551f8",
//       "common_acs_entrance_ids": [
//         "ac9efd9d-9ca2-5c83-b897-f72d42b21de3"
//       ],
//       "credential_id": "f7aa0e70-f536-5c8a-85fc-a83fb8f36b6a",
//       "guest_acs_entrance_ids": [
//         "73b636ec-c62d-5a0b-b551-fc347592a5a0"
//       ],
//       "is_valid": true,
//       "joiner_acs_credential_ids": [
//         "d7cb5434-1bb5-5dd1-877e-00e435e16c35"
//       ]
//     },
//     "warnings": [],
//     "workspace_id": "d580ea61-698c-569a-9d7a-8b5416e3752d"
//   }
// ]

// List credentials for an ACS system
seam.CredentialsAcs.List(acsSystemId: "1c018e12-4d42-5507-a992-3326b06eb92f");

// [
//   {
//     "access_method": "code",
//     "acs_credential_id": "42d0a8d2-b3e9-5ade-ad4a-e9003c46d2ef",
//     "acs_credential_pool_id": "b033a982-5c24-57a2-ae06-bb36b82e3dbb",
//     "acs_system_id": "1c018e12-4d42-5507-a992-3326b06eb92f",
//     "acs_user_id": "8880b788-dbdf-59e5-9ebf-e9d60d9f9090",
//     "assa_abloy_vostio_metadata": {
//       "auto_join": true,
//       "door_names": [
//         "My Door"
//       ],
//       "endpoint_id": "56a158e2-59fc-57eb-a82d-381dfa547f2d",
//       "key_id": "a4c56e91-2f2e-5cdb-97ee-0b53a8e1cf91",
//       "key_issuing_request_id": "2cdc6dc9-2a64-5630-96ec-e57702f58a21",
//       "override_guest_acs_entrance_ids": [
//         "feb8ce54-365a-52ab-a618-9e4c535d8c01"
//       ]
//     },
//     "card_number": "Card number",
//     "code": "Code",
//     "connected_account_id": "3d67b71e-3bd5-55ba-9641-084b258a6604",
//     "created_at": "2025-06-15T16:54:17.946Z",
//     "display_name": "My Credential",
//     "ends_at": "2025-06-18T16:54:17.946Z",
//     "errors": [],
//     "external_type": "pti_card",
//     "external_type_display_name": "External Type",
//     "is_issued": true,
//     "is_latest_desired_state_synced_with_provider": true,
//     "is_managed": true,
//     "is_multi_phone_sync_credential": true,
//     "is_one_time_use": true,
//     "issued_at": "2025-06-15T16:54:17.946Z",
//     "latest_desired_state_synced_with_provider_at": "2025-06-15T16:54:17.946Z",
//     "parent_acs_credential_id": "cb688809-b242-5d5f-a5b3-5f2bebbaefaf",
//     "starts_at": "2025-06-15T16:54:17.946Z",
//     "user_identity_id": "15c9438e-fed3-5f72-8faa-9bc12929f98c",
//     "visionline_metadata": {
//       "auto_join": true,
//       "card_function_type": "guest",
//       "card_id": "66dfe8a7-1761-5e60-8bce-5c3c0cc551f8",
//       "common_acs_entrance_ids": [
//         "ac9efd9d-9ca2-5c83-b897-f72d42b21de3"
//       ],
//       "credential_id": "f7aa0e70-f536-5c8a-85fc-a83fb8f36b6a",
//       "guest_acs_entrance_ids": [
//         "73b636ec-c62d-5a0b-b551-fc347592a5a0"
//       ],
//       "is_valid": true,
//       "joiner_acs_credential_ids": [
//         "d7cb5434-1bb5-5dd1-877e-00e435e16c35"
//       ]
//     },
//     "warnings": [],
//     "workspace_id": "d580ea61-698c-569a-9d7a-8b5416e3752d"
//   }
// ]

// List credentials for an ACS system and an ACS user
seam.CredentialsAcs.List(
  acsSystemId: "1c018e12-4d42-5507-a992-3326b06eb92f",
  acsUserId: "8880b788-dbdf-59e5-9ebf-e9d60d9f9090"
);

// [
//   {
//     "access_method": "code",
//     "acs_credential_id": "42d0a8d2-b3e9-5ade-ad4a-e9003c46d2ef",
//     "acs_credential_pool_id": "b033a982-5c24-57a2-ae06-bb36b82e3dbb",
//     "acs_system_id": "1c018e12-4d42-5507-a992-3326b06eb92f",
//     "acs_user_id": "8880b788-dbdf-59e5-9ebf-e9d60d9f9090",
//     "assa_abloy_vostio_metadata": {
//       "auto_join": true,
//       "door_names": [
//         "My Door"
//       ],
//       "endpoint_id": "56a158e2-59fc-57eb-a82d-381dfa547f2d",
//       "key_id": "a4c56e91-2f2e-5cdb-97ee-0b53a8e1cf91",
//       "key_issuing_request_id": "2cdc6dc9-2a64-5630-96ec-e57702f58a21",
//       "override_guest_acs_entrance_ids": [
//         "feb8ce54-365a-52ab-a618-9e4c535d8c01"
//       ]
//     },
//     "card_number": "Card number",
//     "code": "Code",
//     "connected_account_id": "3d67b71e-3bd5-55ba-9641-084b258a6604",
//     "created_at": "2025-06-15T16:54:17.946Z",
//     "display_name": "My Credential",
//     "ends_at": "2025-06-18T16:54:17.946Z",
//     "errors": [],
//     "external_type": "pti_card",
//     "external_type_display_name": "External Type",
//     "is_issued": true,
//     "is_latest_desired_state_synced_with_provider": true,
//     "is_managed": true,
//     "is_multi_phone_sync_credential": true,
//     "is_one_time_use": true,
//     "issued_at": "2025-06-15T16:54:17.946Z",
//     "latest_desired_state_synced_with_provider_at": "2025-06-15T16:54:17.946Z",
//     "parent_acs_credential_id": "cb688809-b242-5d5f-a5b3-5f2bebbaefaf",
//     "starts_at": "2025-06-15T16:54:17.946Z",
//     "user_identity_id": "15c9438e-fed3-5f72-8faa-9bc12929f98c",
//     "visionline_metadata": {
//       "auto_join": true,
//       "card_function_type": "guest",
//       "card_id": "66dfe8a7-1761-5e60-8bce-5c3c0cc551f8",
//       "common_acs_entrance_ids": [
//         "ac9efd9d-9ca2-5c83-b897-f72d42b21de3"
//       ],
//       "credential_id": "f7aa0e70-f536-5c8a-85fc-a83fb8f36b6a",
//       "guest_acs_entrance_ids": [
//         "73b636ec-c62d-5a0b-b551-fc347592a5a0"
//       ],
//       "is_valid": true,
//       "joiner_acs_credential_ids": [
//         "d7cb5434-1bb5-5dd1-877e-00e435e16c35"
//       ]
//     },
//     "warnings": [],
//     "workspace_id": "d580ea61-698c-569a-9d7a-8b5416e3752d"
//   }
// ]

// List credentials for a user identity
seam.CredentialsAcs.List(
  userIdentityId: "15c9438e-fed3-5f72-8faa-9bc12929f98c"
);

// [
//   {
//     "access_method": "code",
//     "acs_credential_id": "42d0a8d2-b3e9-5ade-ad4a-e9003c46d2ef",
//     "acs_credential_pool_id": "b033a982-5c24-57a2-ae06-bb36b82e3dbb",
//     "acs_system_id": "1c018e12-4d42-5507-a992-3326b06eb92f",
//     "acs_user_id": "8880b788-dbdf-59e5-9ebf-e9d60d9f9090",
//     "assa_abloy_vostio_metadata": {
//       "auto_join": true,
//       "door_names": [
//         "My Door"
//       ],
//       "endpoint_id": "56a158e2-59fc-57eb-a82d-381dfa547f2d",
//       "key_id": "a4c56e91-2f2e-5cdb-97ee-0b53a8e1cf91",
//       "key_issuing_request_id": "2cdc6dc9-2a64-5630-96ec-e57702f58a21",
//       "override_guest_acs_entrance_ids": [
//         "feb8ce54-365a-52ab-a618-9e4c535d8c01"
//       ]
//     },
//     "card_number": "Card number",
//     "code": "Code",
//     "connected_account_id": "3d67b71e-3bd5-55ba-9641-084b258a6604",
//     "created_at": "2025-06-15T16:54:17.946Z",
//     "display_name": "My Credential",
//     "ends_at": "2025-06-18T16:54:17.946Z",
//     "errors": [],
//     "external_type": "pti_card",
//     "external_type_display_name": "External Type",
//     "is_issued": true,
//     "is_latest_desired_state_synced_with_provider": true,
//     "is_managed": true,
//     "is_multi_phone_sync_credential": true,
//     "is_one_time_use": true,
//     "issued_at": "2025-06-15T16:54:17.946Z",
//     "latest_desired_state_synced_with_provider_at": "2025-06-15T16:54:17.946Z",
//     "parent_acs_credential_id": "cb688809-b242-5d5f-a5b3-5f2bebbaefaf",
//     "starts_at": "2025-06-15T16:54:17.946Z",
//     "user_identity_id": "15c9438e-fed3-5f72-8faa-9bc12929f98c",
//     "visionline_metadata": {
//       "auto_join": true,
//       "card_function_type": "guest",
//       "card_id": "66dfe8a7-1761-5e60-8bce-5c3c0cc551f8",
//       "common_acs_entrance_ids": [
//         "ac9efd9d-9ca2-5c83-b897-f72d42b21de3"
//       ],
//       "credential_id": "f7aa0e70-f536-5c8a-85fc-a83fb8f36b6a",
//       "guest_acs_entrance_ids": [
//         "73b636ec-c62d-5a0b-b551-fc347592a5a0"
//       ],
//       "is_valid": true,
//       "joiner_acs_credential_ids": [
//         "d7cb5434-1bb5-5dd1-877e-00e435e16c35"
//       ]
//     },
//     "warnings": [],
//     "workspace_id": "d580ea61-698c-569a-9d7a-8b5416e3752d"
//   }
// ]

// List credentials matching a search
seam.CredentialsAcs.List(search: "Search");

// [
//   {
//     "access_method": "code",
//     "acs_credential_id": "42d0a8d2-b3e9-5ade-ad4a-e9003c46d2ef",
//     "acs_credential_pool_id": "b033a982-5c24-57a2-ae06-bb36b82e3dbb",
//     "acs_system_id": "1c018e12-4d42-5507-a992-3326b06eb92f",
//     "acs_user_id": "8880b788-dbdf-59e5-9ebf-e9d60d9f9090",
//     "assa_abloy_vostio_metadata": {
//       "auto_join": true,
//       "door_names": [
//         "My Door"
//       ],
//       "endpoint_id": "56a158e2-59fc-57eb-a82d-381dfa547f2d",
//       "key_id": "a4c56e91-2f2e-5cdb-97ee-0b53a8e1cf91",
//       "key_issuing_request_id": "2cdc6dc9-2a64-5630-96ec-e57702f58a21",
//       "override_guest_acs_entrance_ids": [
//         "feb8ce54-365a-52ab-a618-9e4c535d8c01"
//       ]
//     },
//     "card_number": "Card number",
//     "code": "Code",
//     "connected_account_id": "3d67b71e-3bd5-55ba-9641-084b258a6604",
//     "created_at": "2025-06-15T16:54:17.946Z",
//     "display_name": "My Credential",
//     "ends_at": "2025-06-18T16:54:17.946Z",
//     "errors": [],
//     "external_type": "pti_card",
//     "external_type_display_name": "External Type",
//     "is_issued": true,
//     "is_latest_desired_state_synced_with_provider": true,
//     "is_managed": true,
//     "is_multi_phone_sync_credential": true,
//     "is_one_time_use": true,
//     "issued_at": "2025-06-15T16:54:17.946Z",
//     "latest_desired_state_synced_with_provider_at": "2025-06-15T16:54:17.946Z",
//     "parent_acs_credential_id": "cb688809-b242-5d5f-a5b3-5f2bebbaefaf",
//     "starts_at": "2025-06-15T16:54:17.946Z",
//     "user_identity_id": "15c9438e-fed3-5f72-8faa-9bc12929f98c",
//     "visionline_metadata": {
//       "auto_join": true,
//       "card_function_type": "guest",
//       "card_id": "66dfe8a7-1761-5e60-8bce-5c3c0cc551f8",
//       "common_acs_entrance_ids": [
//         "ac9efd9d-9ca2-5c83-b897-f72d42b21de3"
//       ],
//       "credential_id": "f7aa0e70-f536-5c8a-85fc-a83fb8f36b6a",
//       "guest_acs_entrance_ids": [
//         "73b636ec-c62d-5a0b-b551-fc347592a5a0"
//       ],
//       "is_valid": true,
//       "joiner_acs_credential_ids": [
//         "d7cb5434-1bb5-5dd1-877e-00e435e16c35"
//       ]
//     },
//     "warnings": [],
//     "workspace_id": "d580ea61-698c-569a-9d7a-8b5416e3752d"
//   }
// ]

// List credentials created before a date
seam.CredentialsAcs.List(createdBefore: "2025-06-15T16:54:17.946Z");

// [
//   {
//     "access_method": "code",
//     "acs_credential_id": "42d0a8d2-b3e9-5ade-ad4a-e9003c46d2ef",
//     "acs_credential_pool_id": "b033a982-5c24-57a2-ae06-bb36b82e3dbb",
//     "acs_system_id": "1c018e12-4d42-5507-a992-3326b06eb92f",
//     "acs_user_id": "8880b788-dbdf-59e5-9ebf-e9d60d9f9090",
//     "assa_abloy_vostio_metadata": {
//       "auto_join": true,
//       "door_names": [
//         "My Door"
//       ],
//       "endpoint_id": "56a158e2-59fc-57eb-a82d-381dfa547f2d",
//       "key_id": "a4c56e91-2f2e-5cdb-97ee-0b53a8e1cf91",
//       "key_issuing_request_id": "2cdc6dc9-2a64-5630-96ec-e57702f58a21",
//       "override_guest_acs_entrance_ids": [
//         "feb8ce54-365a-52ab-a618-9e4c535d8c01"
//       ]
//     },
//     "card_number": "Card number",
//     "code": "Code",
//     "connected_account_id": "3d67b71e-3bd5-55ba-9641-084b258a6604",
//     "created_at": "2025-06-15T16:54:17.946Z",
//     "display_name": "My Credential",
//     "ends_at": "2025-06-18T16:54:17.946Z",
//     "errors": [],
//     "external_type": "pti_card",
//     "external_type_display_name": "External Type",
//     "is_issued": true,
//     "is_latest_desired_state_synced_with_provider": true,
//     "is_managed": true,
//     "is_multi_phone_sync_credential": true,
//     "is_one_time_use": true,
//     "issued_at": "2025-06-15T16:54:17.946Z",
//     "latest_desired_state_synced_with_provider_at": "2025-06-15T16:54:17.946Z",
//     "parent_acs_credential_id": "cb688809-b242-5d5f-a5b3-5f2bebbaefaf",
//     "starts_at": "2025-06-15T16:54:17.946Z",
//     "user_identity_id": "15c9438e-fed3-5f72-8faa-9bc12929f98c",
//     "visionline_metadata": {
//       "auto_join": true,
//       "card_function_type": "guest",
//       "card_id": "66dfe8a7-1761-5e60-8bce-5c3c0cc551f8",
//       "common_acs_entrance_ids": [
//         "ac9efd9d-9ca2-5c83-b897-f72d42b21de3"
//       ],
//       "credential_id": "f7aa0e70-f536-5c8a-85fc-a83fb8f36b6a",
//       "guest_acs_entrance_ids": [
//         "73b636ec-c62d-5a0b-b551-fc347592a5a0"
//       ],
//       "is_valid": true,
//       "joiner_acs_credential_ids": [
//         "d7cb5434-1bb5-5dd1-877e-00e435e16c35"
//       ]
//     },
//     "warnings": [],
//     "workspace_id": "d580ea61-698c-569a-9d7a-8b5416e3752d"
//   }
// ]

// List credentials with a page size
seam.CredentialsAcs.List(limit: 500);

// [
//   {
//     "access_method": "code",
//     "acs_credential_id": "42d0a8d2-b3e9-5ade-ad4a-e9003c46d2ef",
//     "acs_credential_pool_id": "b033a982-5c24-57a2-ae06-bb36b82e3dbb",
//     "acs_system_id": "1c018e12-4d42-5507-a992-3326b06eb92f",
//     "acs_user_id": "8880b788-dbdf-59e5-9ebf-e9d60d9f9090",
//     "assa_abloy_vostio_metadata": {
//       "auto_join": true,
//       "door_names": [
//         "My Door"
//       ],
//       "endpoint_id": "56a158e2-59fc-57eb-a82d-381dfa547f2d",
//       "key_id": "a4c56e91-2f2e-5cdb-97ee-0b53a8e1cf91",
//       "key_issuing_request_id": "2cdc6dc9-2a64-5630-96ec-e57702f58a21",
//       "override_guest_acs_entrance_ids": [
//         "feb8ce54-365a-52ab-a618-9e4c535d8c01"
//       ]
//     },
//     "card_number": "Card number",
//     "code": "Code",
//     "connected_account_id": "3d67b71e-3bd5-55ba-9641-084b258a6604",
//     "created_at": "2025-06-15T16:54:17.946Z",
//     "display_name": "My Credential",
//     "ends_at": "2025-06-18T16:54:17.946Z",
//     "errors": [],
//     "external_type": "pti_card",
//     "external_type_display_name": "External Type",
//     "is_issued": true,
//     "is_latest_desired_state_synced_with_provider": true,
//     "is_managed": true,
//     "is_multi_phone_sync_credential": true,
//     "is_one_time_use": true,
//     "issued_at": "2025-06-15T16:54:17.946Z",
//     "latest_desired_state_synced_with_provider_at": "2025-06-15T16:54:17.946Z",
//     "parent_acs_credential_id": "cb688809-b242-5d5f-a5b3-5f2bebbaefaf",
//     "starts_at": "2025-06-15T16:54:17.946Z",
//     "user_identity_id": "15c9438e-fed3-5f72-8faa-9bc12929f98c",
//     "visionline_metadata": {
//       "auto_join": true,
//       "card_function_type": "guest",
//       "card_id": "66dfe8a7-1761-5e60-8bce-5c3c0cc551f8",
//       "common_acs_entrance_ids": [
//         "ac9efd9d-9ca2-5c83-b897-f72d42b21de3"
//       ],
//       "credential_id": "f7aa0e70-f536-5c8a-85fc-a83fb8f36b6a",
//       "guest_acs_entrance_ids": [
//         "73b636ec-c62d-5a0b-b551-fc347592a5a0"
//       ],
//       "is_valid": true,
//       "joiner_acs_credential_ids": [
//         "d7cb5434-1bb5-5dd1-877e-00e435e16c35"
//       ]
//     },
//     "warnings": [],
//     "workspace_id": "d580ea61-698c-569a-9d7a-8b5416e3752d"
//   }
// ]
