// Set the HVAC mode
await seam.thermostats.setHvacMode({
  device_id: "11111111-1111-1111-1111-111111111111",
  hvac_mode: "heat_cool",
});

// { device_id: "11111111-1111-1111-1111-111111111111", hvac_mode: "heat_cool" }
