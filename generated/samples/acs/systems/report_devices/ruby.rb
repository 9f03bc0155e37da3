# Report devices
seam.acs.systems.report_devices(
  acs_system_id: "1c018e12-4d42-5507-a992-3326b06eb92f",
  acs_encoders: [
    { "hotek_metadata" => { "encoder_number" => "Encoder number" } },
  ],
  acs_entrances: [
    {
      "hotek_metadata" => {
        "common_area_name" => "My Common Area",
        "common_area_number" => "Common area number",
        "room_number" => "Room number",
      },
    },
  ],
)

# => nil
