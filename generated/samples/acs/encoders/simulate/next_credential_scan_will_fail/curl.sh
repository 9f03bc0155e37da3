# Simulate that the next credential scan will fail
curl --include --request POST "https://connect.getseam.com/acs/encoders/simulate/next_credential_scan_will_fail" \
  --header "Authorization: Bearer $SEAM_API_KEY" \
  --json @- <<'EOF'
{
  "acs_encoder_id": "57481244-7aa3-5f0e-a6c7-0eab237ffc1a",
  "error_code": "uncategorized_error",
  "acs_credential_id_on_seam": "edd37705-82b0-552f-9874-155ae447e7cb"
}
EOF

# {
#   "ok": true
# }
