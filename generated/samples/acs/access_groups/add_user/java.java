// Add an ACS User to an Access Group
seam.acs().accessGroups().addUser(AccessGroupsAddUserRequest.builder()
    .acsAccessGroupId("a9baab47-7ffb-5d32-a521-39df2151fb29")
    .build());

// void
