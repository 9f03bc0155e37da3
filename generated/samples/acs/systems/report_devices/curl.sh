# Report Devices
curl --include --request POST "https://connect.getseam.com/acs/systems/report_devices" \
  --header "Authorization: Bearer $SEAM_API_KEY" \
  --json @- <<'EOF'
{
  "acs_system_id": "1c018e12-4d42-5507-a992-3326b06eb92f"
}
EOF

# {
#   "ok": true
# }
