// Report devices
seam.SystemsAcs.ReportDevices(
  acsSystemId: "1c018e12-4d42-5507-a992-3326b06eb92f",
  acsEncoders: new List<Dictionary<string, object>> {
    new Dictionary<string, object> {
      ["hotek_metadata"] = new Dictionary<string, object> {
        ["encoder_number"] = "Encoder number"
      }
    }
  },
  acsEntrances: new List<Dictionary<string, object>> {
    new Dictionary<string, object> {
      ["hotek_metadata"] = new Dictionary<string, object> {
        ["common_area_name"] = "My Common Area",
        ["common_area_number"] = "Common area number",
        ["room_number"] = "Room number"
      }
    }
  }
);

// void
