# Scan a credential
seam.acs.encoders.scan_credential(acs_encoder_id="57481244-7aa3-5f0e-a6c7-0eab237ffc1a")

# ActionAttempt(
#     action_attempt_id="090dbfc8-281e-59ab-bae9-5e8c9e7326bc",
#     action_type="LOCK_DOOR",
#     error={},
#     result={},
#     status="pending",
# )
