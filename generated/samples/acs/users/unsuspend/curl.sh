# Unsuspend an ACS User
curl --include --request POST "https://connect.getseam.com/acs/users/unsuspend" \
  --header "Authorization: Bearer $SEAM_API_KEY" \
  --json @- <<'EOF'
{}
EOF

# {
#   "ok": true
# }
