# Set the HVAC mode
curl --include --request POST "https://connect.getseam.com/thermostats/set_hvac_mode" \
  --header "Authorization: Bearer $SEAM_API_KEY" \
  --json @- <<'EOF'
{
  "device_id": "11111111-1111-1111-1111-111111111111",
  "hvac_mode": "heat_cool"
}
EOF

# {
#   "thermostat": {
#     "device_id": "11111111-1111-1111-1111-111111111111",
#     "hvac_mode": "heat_cool"
#   },
#   "ok": true
# }
