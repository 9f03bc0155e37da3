# Unlock an entrance
seam.acs.entrances.unlock(
  acs_entrance_id: "70836a59-a9a2-566d-bb84-3b8f31ffc389",
  acs_credential_id: "42d0a8d2-b3e9-5ade-ad4a-e9003c46d2ef",
)

# {
#   "action_attempt_id" => "090dbfc8-281e-59ab-bae9-5e8c9e7326bc",
#   "action_type" => "LOCK_DOOR",
#   "error" => {},
#   "result" => {},
#   "status" => "pending",
# }
