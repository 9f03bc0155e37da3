# Delete an access group
curl --include --request POST "https://connect.getseam.com/acs/access_groups/delete" \
  --header "Authorization: Bearer $SEAM_API_KEY" \
  --json @- <<'EOF'
{
  "acs_access_group_id": "a9baab47-7ffb-5d32-a521-39df2151fb29"
}
EOF

# {
#   "ok": true
# }
