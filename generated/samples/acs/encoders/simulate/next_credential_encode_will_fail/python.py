# Simulate that the Next Credential Encoding Will Fail
seam.acs.encoders.simulate.next_credential_encode_will_fail(
    acs_encoder_id="57481244-7aa3-5f0e-a6c7-0eab237ffc1a",
)

# None
