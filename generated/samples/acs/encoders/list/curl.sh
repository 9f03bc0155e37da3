# List encoders for an ACS system
curl --include --request POST "https://connect.getseam.com/acs/encoders/list" \
  --header "Authorization: Bearer $SEAM_API_KEY" \
  --json @- <<'EOF'
{
  "acs_system_id": "1c018e12-4d42-5507-a992-3326b06eb92f"
}
EOF

# {
#   "acs_encoders": [
#     {
#       "acs_encoder_id": "57481244-7aa3-5f0e-a6c7-0eab237ffc1a",
#       "acs_system_id": "1c018e12-4d42-5507-a992-3326b06eb92f",
#       "connected_account_id": "3d67b71e-3bd5-55ba-9641-084b258a6604",
#       "created_at": "2025-06-15T16:54:17.946Z",
#       "display_name": "My Encoder",
#       "errors": [],
#       "workspace_id": "d580ea61-698c-569a-9d7a-8b5416e3752d"
#     }
#   ],
#   "ok": true,
#   "pagination": {
#     "has_next_page": true,
#     "next_page_cursor": "Next page cursor",
#     "next_page_url": "https://example.com"
#   }
# }

# List encoders by ACS system IDs
curl --include --request POST "https://connect.getseam.com/acs/encoders/list" \
  --header "Authorization: Bearer $SEAM_API_KEY" \
  --json @- <<'EOF'
{
  "acs_system_ids": [
    "1c018e12-4d42-5507-a992-3326b06eb92f"
  ]
}
EOF

# {
#   "acs_encoders": [
#     {
#       "acs_encoder_id": "57481244-7aa3-5f0e-a6c7-0eab237ffc1a",
#       "acs_system_id": "1c018e12-4d42-5507-a992-3326b06eb92f",
#       "connected_account_id": "3d67b71e-3bd5-55ba-9641-084b258a6604",
#       "created_at": "2025-06-15T16:54:17.946Z",
#       "display_name": "My Encoder",
#       "errors": [],
#       "workspace_id": "d580ea61-698c-569a-9d7a-8b5416e3752d"
#     }
#   ],
#   "ok": true,
#   "pagination": {
#     "has_next_page": true,
#     "next_page_cursor": "Next page cursor",
#     "next_page_url": "https://example.com"
#   }
# }

# List encoders by ACS encoder IDs
curl --include --request POST "https://connect.getseam.com/acs/encoders/list" \
  --header "Authorization: Bearer $SEAM_API_KEY" \
  --json @- <<'EOF'
{
  "acs_encoder_ids": [
    "57481244-7aa3-5f0e-a6c7-0eab237ffc1a"
  ]
}
EOF

# {
#   "acs_encoders": [
#     {
#       "acs_encoder_id": "57481244-7aa3-5f0e-a6c7-0eab237ffc1a",
#       "acs_system_id": "1c018e12-4d42-5507-a992-3326b06eb92f",
#       "connected_account_id": "3d67b71e-3bd5-55ba-9641-084b258a6604",
#       "created_at": "2025-06-15T16:54:17.946Z",
#       "display_name": "My Encoder",
#       "errors": [],
#       "workspace_id": "d580ea61-698c-569a-9d7a-8b5416e3752d"
#     }
#   ],
#   "ok": true,
#   "pagination": {
#     "has_next_page": true,
#     "next_page_cursor": "Next page cursor",
#     "next_page_url": "https://example.com"
#   }
# }
