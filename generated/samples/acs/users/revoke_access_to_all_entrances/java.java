// Revoke ACS user access to all entrances
seam.acs().users().revokeAccessToAllEntrances(UsersRevokeAccessToAllEntrancesRequest.builder()
    .acsUserId("8880b788-dbdf-59e5-9ebf-e9d60d9f9090")
    .build());

// void

// Revoke ACS user access to all entrances by user identity
seam.acs().users().revokeAccessToAllEntrances(UsersRevokeAccessToAllEntrancesRequest.builder()
    .userIdentityId("15c9438e-fed3-5f72-8faa-9bc12929f98c")
    .acsSystemId("1c018e12-4d42-5507-a992-3326b06eb92f")
    .build());

// void
