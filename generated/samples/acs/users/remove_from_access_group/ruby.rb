# Remove an ACS user from an access group
seam.acs.users.remove_from_access_group(
  acs_user_id: "8880b788-dbdf-59e5-9ebf-e9d60d9f9090",
  acs_access_group_id: "a9baab47-7ffb-5d32-a521-39df2151fb29",
)

# => nil

# Remove an ACS user from an access group by user identity
seam.acs.users.remove_from_access_group(
  user_identity_id: "15c9438e-fed3-5f72-8faa-9bc12929f98c",
  acs_access_group_id: "a9baab47-7ffb-5d32-a521-39df2151fb29",
)

# => nil
