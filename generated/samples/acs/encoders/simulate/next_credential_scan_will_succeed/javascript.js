// Simulate that the Next Credential Scan Will Succeed
await seam.acs.encoders.simulate.nextCredentialScanWillSucceed({
  acs_encoder_id: "57481244-7aa3-5f0e-a6c7-0eab237ffc1a",
});

// void
