# Simulate that the next credential encoding will succeed
curl --include --request POST "https://connect.getseam.com/acs/encoders/simulate/next_credential_encode_will_succeed" \
  --header "Authorization: Bearer $SEAM_API_KEY" \
  --json @- <<'EOF'
{
  "acs_encoder_id": "57481244-7aa3-5f0e-a6c7-0eab237ffc1a",
  "scenario": "credential_is_issued"
}
EOF

# {
#   "ok": true
# }
