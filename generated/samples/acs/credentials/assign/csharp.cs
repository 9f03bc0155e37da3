// Assign a credential to an ACS user
seam.CredentialsAcs.Assign(
  acsCredentialId: "42d0a8d2-b3e9-5ade-ad4a-e9003c46d2ef",
  acsUserId: "8880b788-dbdf-59e5-9ebf-e9d60d9f9090"
);

// void

// Assign a credential to an ACS user by user identity
seam.CredentialsAcs.Assign(
  acsCredentialId: "42d0a8d2-b3e9-5ade-ad4a-e9003c46d2ef",
  userIdentityId: "15c9438e-fed3-5f72-8faa-9bc12929f98c"
);

// void
