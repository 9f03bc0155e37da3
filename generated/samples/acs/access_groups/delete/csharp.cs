// Delete an access group
seam.AccessGroupsAcs.Delete(
  acsAccessGroupId: "a9baab47-7ffb-5d32-a521-39df2151fb29"
);

// void
