// Grant an ACS user access to an entrance
seam.acs().entrances().grantAccess(EntrancesGrantAccessRequest.builder()
    .acsEntranceId("70836a59-a9a2-566d-bb84-3b8f31ffc389")
    .acsUserId("8880b788-dbdf-59e5-9ebf-e9d60d9f9090")
    .build());

// void

// Grant an ACS user access to an entrance by user identity
seam.acs().entrances().grantAccess(EntrancesGrantAccessRequest.builder()
    .acsEntranceId("70836a59-a9a2-566d-bb84-3b8f31ffc389")
    .userIdentityId("15c9438e-fed3-5f72-8faa-9bc12929f98c")
    .build());

// void
