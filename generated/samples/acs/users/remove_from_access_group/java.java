// Remove an ACS user from an access group
seam.acs().users().removeFromAccessGroup(UsersRemoveFromAccessGroupRequest.builder()
    .acsUserId("8880b788-dbdf-59e5-9ebf-e9d60d9f9090")
    .acsAccessGroupId("a9baab47-7ffb-5d32-a521-39df2151fb29")
    .build());

// void

// Remove an ACS user from an access group by user identity
seam.acs().users().removeFromAccessGroup(UsersRemoveFromAccessGroupRequest.builder()
    .userIdentityId("15c9438e-fed3-5f72-8faa-9bc12929f98c")
    .acsAccessGroupId("a9baab47-7ffb-5d32-a521-39df2151fb29")
    .build());

// void
