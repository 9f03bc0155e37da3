// Report Devices
seam.SystemsAcs.ReportDevices(
  acsSystemId: "1c018e12-4d42-5507-a992-3326b06eb92f"
);

// void
