// Unsuspend an ACS user
seam.UsersAcs.Unsuspend(acsUserId: "8880b788-dbdf-59e5-9ebf-e9d60d9f9090");

// void

// Unsuspend an ACS user by user identity
seam.UsersAcs.Unsuspend(
  acsSystemId: "1c018e12-4d42-5507-a992-3326b06eb92f",
  userIdentityId: "15c9438e-fed3-5f72-8faa-9bc12929f98c"
);

// void
