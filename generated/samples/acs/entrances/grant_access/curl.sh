# Grant an ACS User Access to an Entrance
curl --include --request POST "https://connect.getseam.com/acs/entrances/grant_access" \
  --header "Authorization: Bearer $SEAM_API_KEY" \
  --json @- <<'EOF'
{
  "acs_entrance_id": "70836a59-a9a2-566d-bb84-3b8f31ffc389"
}
EOF

# {
#   "ok": true
# }
