# Set the HVAC mode
seam.thermostats.set_hvac_mode(
  device_id: "11111111-1111-1111-1111-111111111111",
  hvac_mode: "heat_cool",
)

# {
#   "device_id" => "11111111-1111-1111-1111-111111111111",
#   "hvac_mode" => "heat_cool",
# }
