// Add an ACS user to an access group
await seam.acs.users.addToAccessGroup({
  acs_user_id: "8880b788-dbdf-59e5-9ebf-e9d60d9f9090",
  acs_access_group_id: "a9baab47-7ffb-5d32-a521-39df2151fb29",
});

// void
