// Unsuspend an ACS user
await seam.acs.users.unsuspend({
  acs_user_id: "8880b788-dbdf-59e5-9ebf-e9d60d9f9090",
});

// void

// Unsuspend an ACS user by user identity
await seam.acs.users.unsuspend({
  acs_system_id: "1c018e12-4d42-5507-a992-3326b06eb92f",
  user_identity_id: "15c9438e-fed3-5f72-8faa-9bc12929f98c",
});

// void
