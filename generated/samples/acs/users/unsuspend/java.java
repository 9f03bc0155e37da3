// Unsuspend an ACS user
seam.acs().users().unsuspend(UsersUnsuspendRequest.builder()
    .acsUserId("8880b788-dbdf-59e5-9ebf-e9d60d9f9090")
    .build());

// void

// Unsuspend an ACS user by user identity
seam.acs().users().unsuspend(UsersUnsuspendRequest.builder()
    .acsSystemId("1c018e12-4d42-5507-a992-3326b06eb92f")
    .userIdentityId("15c9438e-fed3-5f72-8faa-9bc12929f98c")
    .build());

// void
