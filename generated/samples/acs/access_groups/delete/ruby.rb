# Delete an access group
seam.acs.access_groups.delete(
  acs_access_group_id: "a9baab47-7ffb-5d32-a521-39df2151fb29",
)

# => nil
