// Scan to assign a credential
seam.EncodersAcs.ScanToAssignCredential(
  acsEncoderId: "57481244-7aa3-5f0e-a6c7-0eab237ffc1a",
  acsUserId: "8880b788-dbdf-59e5-9ebf-e9d60d9f9090"
);

// {
//   "action_attempt_id": "090dbfc8-281e-59ab-bae9-5e8c9e7326bc",
//   "action_type": "LOCK_DOOR",
//   "error": {},
//   "result": {},
//   "status": "pending"
// }

// Scan to assign a credential by user identity
seam.EncodersAcs.ScanToAssignCredential(
  acsEncoderId: "57481244-7aa3-5f0e-a6c7-0eab237ffc1a",
  userIdentityId: "15c9438e-fed3-5f72-8faa-9bc12929f98c"
);

// {
//   "action_attempt_id": "090dbfc8-281e-59ab-bae9-5e8c9e7326bc",
//   "action_type": "LOCK_DOOR",
//   "error": {},
//   "result": {},
//   "status": "pending"
// }
