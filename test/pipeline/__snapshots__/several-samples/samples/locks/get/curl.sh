# Get a lock by ID
# Returns the lock with the given ID.
curl --include --request POST "https://api.door.example/locks/get" \
  --header "Authorization: Bearer $SEAM_API_KEY" \
  --json @- <<'EOF'
{
  "lock_id": "11111111-1111-4111-8111-111111111111"
}
EOF

# {
#   "lock": {
#     "lock_id": "11111111-1111-4111-8111-111111111111",
#     "locked": true,
#     "name": "Front Door"
#   },
#   "ok": true
# }

# Get a lock by name
# Returns the lock with the given name.
curl --include --request POST "https://api.door.example/locks/get" \
  --header "Authorization: Bearer $SEAM_API_KEY" \
  --json @- <<'EOF'
{
  "name": "Back Door"
}
EOF

# {
#   "lock": {
#     "lock_id": "22222222-2222-4222-8222-222222222222",
#     "locked": false,
#     "name": "Back Door"
#   },
#   "ok": true
# }
