# Revoke ACS User Access to All Entrances
curl --include --request POST "https://connect.getseam.com/acs/users/revoke_access_to_all_entrances" \
  --header "Authorization: Bearer $SEAM_API_KEY" \
  --json @- <<'EOF'
{}
EOF

# {
#   "ok": true
# }
