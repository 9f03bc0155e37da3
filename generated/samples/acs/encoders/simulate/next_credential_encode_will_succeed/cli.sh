# Simulate that the next credential encoding will succeed
seam acs encoders simulate next-credential-encode-will-succeed --acs_encoder_id "57481244-7aa3-5f0e-a6c7-0eab237ffc1a" --scenario "credential_is_issued"

# {}
