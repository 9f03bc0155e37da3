# Add an ACS user to an access group
curl --include --request POST "https://connect.getseam.com/acs/users/add_to_access_group" \
  --header "Authorization: Bearer $SEAM_API_KEY" \
  --json @- <<'EOF'
{
  "acs_user_id": "8880b788-dbdf-59e5-9ebf-e9d60d9f9090",
  "acs_access_group_id": "a9baab47-7ffb-5d32-a521-39df2151fb29"
}
EOF

# {
#   "ok": true
# }
