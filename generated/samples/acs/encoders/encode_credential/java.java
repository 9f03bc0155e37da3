// Encode a credential
seam.acs().encoders().encodeCredential(EncodersEncodeCredentialRequest.builder()
    .acsEncoderId("57481244-7aa3-5f0e-a6c7-0eab237ffc1a")
    .acsCredentialId("42d0a8d2-b3e9-5ade-ad4a-e9003c46d2ef")
    .build());

// {
//   "action_attempt_id": "090dbfc8-281e-59ab-bae9-5e8c9e7326bc",
//   "action_type": "LOCK_DOOR",
//   "error": {},
//   "result": {},
//   "status": "pending"
// }

// Encode a credential by access method
seam.acs().encoders().encodeCredential(EncodersEncodeCredentialRequest.builder()
    .acsEncoderId("57481244-7aa3-5f0e-a6c7-0eab237ffc1a")
    .accessMethodId("1745b879-25d0-5113-95aa-07aa2fe82cac")
    .build());

// {
//   "action_attempt_id": "090dbfc8-281e-59ab-bae9-5e8c9e7326bc",
//   "action_type": "LOCK_DOOR",
//   "error": {},
//   "result": {},
//   "status": "pending"
// }
