// Add an ACS user to an access group
seam.acs().users().addToAccessGroup(UsersAddToAccessGroupRequest.builder()
    .acsUserId("8880b788-dbdf-59e5-9ebf-e9d60d9f9090")
    .acsAccessGroupId("a9baab47-7ffb-5d32-a521-39df2151fb29")
    .build());

// void
