# Create an ACS user
curl --include --request POST "https://connect.getseam.com/acs/users/create" \
  --header "Authorization: Bearer $SEAM_API_KEY" \
  --json @- <<'EOF'
{
  "acs_system_id": "1c018e12-4d42-5507-a992-3326b06eb92f",
  "full_name": "Jane Doe",
  "acs_access_group_ids": [
    "a9baab47-7ffb-5d32-a521-39df2151fb29"
  ],
  "user_identity_id": "15c9438e-fed3-5f72-8faa-9bc12929f98c",
  "email_address": "jane@example.com",
  "phone_number": "+15555550100",
  "access_schedule": {
    "ends_at": "2025-06-18T16:54:17.946Z",
    "starts_at": "2025-06-15T16:54:17.946Z"
  }
}
EOF

# {
#   "acs_user": {
#     "access_schedule": {
#       "ends_at": "2025-06-18T16:54:17.946Z",
#       "starts_at": "2025-06-15T16:54:17.946Z"
#     },
#     "acs_system_id": "1c018e12-4d42-5507-a992-3326b06eb92f",
#     "acs_user_id": "8880b788-dbdf-59e5-9ebf-e9d60d9f9090",
#     "connected_account_id": "3d67b71e-3bd5-55ba-9641-084b258a6604",
#     "created_at": "2025-06-15T16:54:17.946Z",
#     "display_name": "My User",
#     "email": "jane@example.com",
#     "email_address": "jane@example.com",
#     "errors": [],
#     "external_type": "pti_user",
#     "external_type_display_name": "External Type",
#     "full_name": "Jane Doe",
#     "hid_acs_system_id": "f1d4493b-af4e-5553-ab9a-eba907e83b64",
#     "is_managed": true,
#     "is_suspended": false,
#     "last_successful_sync_at": "2025-06-15T16:54:17.946Z",
#     "pending_mutations": [],
#     "phone_number": "+15555550100",
#     "salto_ks_metadata": {
#       "is_subscribed": true
#     },
#     "salto_space_metadata": {
#       "audit_openings": true,
#       "user_id": "c87d30a0-bd1b-560e-9cab-be116b483960"
#     },
#     "user_identity_email_address": "jane@example.com",
#     "user_identity_full_name": "Jane Doe",
#     "user_identity_id": "15c9438e-fed3-5f72-8faa-9bc12929f98c",
#     "user_identity_phone_number": "+15555550100",
#     "warnings": [],
#     "workspace_id": "d580ea61-698c-569a-9d7a-8b5416e3752d"
#   },
#   "ok": true
# }
