// Add an ACS User to an Access Group
await seam.acs.accessGroups.addUser({
  acs_access_group_id: "a9baab47-7ffb-5d32-a521-39df2151fb29",
});

// void
