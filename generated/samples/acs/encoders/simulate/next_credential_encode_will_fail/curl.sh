# Simulate that the next credential encoding will fail
curl --include --request POST "https://connect.getseam.com/acs/encoders/simulate/next_credential_encode_will_fail" \
  --header "Authorization: Bearer $SEAM_API_KEY" \
  --json @- <<'EOF'
{
  "acs_encoder_id": "57481244-7aa3-5f0e-a6c7-0eab237ffc1a",
  "acs_credential_id": "42d0a8d2-b3e9-5ade-ad4a-e9003c46d2ef",
  "error_code": "uncategorized_error"
}
EOF

# {
#   "ok": true
# }
