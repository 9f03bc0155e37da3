# Delete a credential
curl --include --request POST "https://connect.getseam.com/acs/credentials/delete" \
  --header "Authorization: Bearer $SEAM_API_KEY" \
  --json @- <<'EOF'
{
  "acs_credential_id": "42d0a8d2-b3e9-5ade-ad4a-e9003c46d2ef"
}
EOF

# {
#   "ok": true
# }
