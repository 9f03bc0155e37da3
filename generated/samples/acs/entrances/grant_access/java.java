// Grant an ACS User Access to an Entrance
seam.acs().entrances().grantAccess(EntrancesGrantAccessRequest.builder()
    .acsEntranceId("70836a59-a9a2-566d-bb84-3b8f31ffc389")
    .build());

// void
