// Remove an ACS User from an Access Group
await seam.acs.users.removeFromAccessGroup({
  acs_access_group_id: "a9baab47-7ffb-5d32-a521-39df2151fb29",
});

// void
