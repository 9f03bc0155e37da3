// Unassign a credential from an ACS user
await seam.acs.credentials.unassign({
  acs_credential_id: "42d0a8d2-b3e9-5ade-ad4a-e9003c46d2ef",
  acs_user_id: "8880b788-dbdf-59e5-9ebf-e9d60d9f9090",
});

// void

// Unassign a credential from an ACS user by user identity
await seam.acs.credentials.unassign({
  acs_credential_id: "42d0a8d2-b3e9-5ade-ad4a-e9003c46d2ef",
  user_identity_id: "15c9438e-fed3-5f72-8faa-9bc12929f98c",
});

// void
