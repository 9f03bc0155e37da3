# Report Devices
seam acs systems report-devices --acs_system_id "1c018e12-4d42-5507-a992-3326b06eb92f"

# {}
