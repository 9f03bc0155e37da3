# Scan a credential
curl --include --request POST "https://connect.getseam.com/acs/encoders/scan_credential" \
  --header "Authorization: Bearer $SEAM_API_KEY" \
  --json @- <<'EOF'
{
  "acs_encoder_id": "57481244-7aa3-5f0e-a6c7-0eab237ffc1a"
}
EOF

# {
#   "action_attempt": {
#     "action_attempt_id": "090dbfc8-281e-59ab-bae9-5e8c9e7326bc",
#     "action_type": "LOCK_DOOR",
#     "error": {},
#     "result": {},
#     "status": "pending"
#   },
#   "ok": true
# }
