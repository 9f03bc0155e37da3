# Simulate that the next credential scan will fail
seam.acs.encoders.simulate.next_credential_scan_will_fail(
  acs_encoder_id: "57481244-7aa3-5f0e-a6c7-0eab237ffc1a",
  error_code: "uncategorized_error",
  acs_credential_id_on_seam: "edd37705-82b0-552f-9874-155ae447e7cb",
)

# => nil
