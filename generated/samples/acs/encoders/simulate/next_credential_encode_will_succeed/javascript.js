// Simulate that the next credential encoding will succeed
await seam.acs.encoders.simulate.nextCredentialEncodeWillSucceed({
  acs_encoder_id: "57481244-7aa3-5f0e-a6c7-0eab237ffc1a",
  scenario: "credential_is_issued",
});

// void
