// Delete an access group
seam.acs().accessGroups().delete(AccessGroupsDeleteRequest.builder()
    .acsAccessGroupId("a9baab47-7ffb-5d32-a521-39df2151fb29")
    .build());

// void
