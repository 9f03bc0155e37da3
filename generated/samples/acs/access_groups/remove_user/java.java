// Remove an ACS user from an access group
seam.acs().accessGroups().removeUser(AccessGroupsRemoveUserRequest.builder()
    .acsAccessGroupId("a9baab47-7ffb-5d32-a521-39df2151fb29")
    .acsUserId("8880b788-dbdf-59e5-9ebf-e9d60d9f9090")
    .build());

// void

// Remove an ACS user from an access group by user identity
seam.acs().accessGroups().removeUser(AccessGroupsRemoveUserRequest.builder()
    .acsAccessGroupId("a9baab47-7ffb-5d32-a521-39df2151fb29")
    .userIdentityId("15c9438e-fed3-5f72-8faa-9bc12929f98c")
    .build());

// void
