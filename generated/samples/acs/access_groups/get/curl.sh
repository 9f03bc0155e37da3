# Get an access group
curl --include --request POST "https://connect.getseam.com/acs/access_groups/get" \
  --header "Authorization: Bearer $SEAM_API_KEY" \
  --json @- <<'EOF'
{
  "acs_access_group_id": "a9baab47-7ffb-5d32-a521-39df2151fb29"
}
EOF

# {
#   "acs_access_group": {
#     "access_group_type": "pti_unit",
#     "access_group_type_display_name": "Access Group Type",
#     "access_schedule": {
#       "ends_at": "2025-06-18T16:54:17.946Z",
#       "starts_at": "2025-06-15T16:54:17.946Z"
#     },
#     "acs_access_group_id": "a9baab47-7ffb-5d32-a521-39df2151fb29",
#     "acs_system_id": "1c018e12-4d42-5507-a992-3326b06eb92f",
#     "connected_account_id": "3d67b71e-3bd5-55ba-9641-084b258a6604",
#     "created_at": "2025-06-15T16:54:17.946Z",
#     "display_name": "My Access Group",
#     "errors": [],
#     "external_type": "pti_unit",
#     "external_type_display_name": "External Type",
#     "is_managed": true,
#     "name": "My Access Group",
#     "pending_mutations": [],
#     "warnings": [],
#     "workspace_id": "d580ea61-698c-569a-9d7a-8b5416e3752d"
#   },
#   "ok": true
# }
