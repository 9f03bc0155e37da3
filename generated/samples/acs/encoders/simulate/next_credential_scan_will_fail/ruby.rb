# Simulate that the Next Credential Scan Will Fail
seam.acs.encoders.simulate.next_credential_scan_will_fail(
  acs_encoder_id: "57481244-7aa3-5f0e-a6c7-0eab237ffc1a",
)

# => nil
