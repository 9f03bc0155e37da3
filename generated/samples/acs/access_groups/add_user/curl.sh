# Add an ACS User to an Access Group
curl --include --request POST "https://connect.getseam.com/acs/access_groups/add_user" \
  --header "Authorization: Bearer $SEAM_API_KEY" \
  --json @- <<'EOF'
{
  "acs_access_group_id": "a9baab47-7ffb-5d32-a521-39df2151fb29"
}
EOF

# {
#   "ok": true
# }
