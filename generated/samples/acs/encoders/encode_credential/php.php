// Encode a credential
$seam->acs->encoders->encode_credential(
    acs_encoder_id: "57481244-7aa3-5f0e-a6c7-0eab237ffc1a",
    acs_credential_id: "42d0a8d2-b3e9-5ade-ad4a-e9003c46d2ef",
);

// [
//     "action_attempt_id" => "090dbfc8-281e-59ab-bae9-5e8c9e7326bc",
//     "action_type" => "LOCK_DOOR",
//     "error" => (object) [],
//     "result" => (object) [],
//     "status" => "pending",
// ]

// Encode a credential by access method
$seam->acs->encoders->encode_credential(
    acs_encoder_id: "57481244-7aa3-5f0e-a6c7-0eab237ffc1a",
    access_method_id: "1745b879-25d0-5113-95aa-07aa2fe82cac",
);

// [
//     "action_attempt_id" => "090dbfc8-281e-59ab-bae9-5e8c9e7326bc",
//     "action_type" => "LOCK_DOOR",
//     "error" => (object) [],
//     "result" => (object) [],
//     "status" => "pending",
// ]
