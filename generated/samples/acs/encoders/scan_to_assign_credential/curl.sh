# Scan to assign a credential
curl --include --request POST "https://connect.getseam.com/acs/encoders/scan_to_assign_credential" \
  --header "Authorization: Bearer $SEAM_API_KEY" \
  --json @- <<'EOF'
{
  "acs_encoder_id": "57481244-7aa3-5f0e-a6c7-0eab237ffc1a",
  "acs_user_id": "8880b788-dbdf-59e5-9ebf-e9d60d9f9090"
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

# Scan to assign a credential by user identity
curl --include --request POST "https://connect.getseam.com/acs/encoders/scan_to_assign_credential" \
  --header "Authorization: Bearer $SEAM_API_KEY" \
  --json @- <<'EOF'
{
  "acs_encoder_id": "57481244-7aa3-5f0e-a6c7-0eab237ffc1a",
  "user_identity_id": "15c9438e-fed3-5f72-8faa-9bc12929f98c"
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
