# Add an ACS User to an Access Group
seam acs users add-to-access-group --acs_access_group_id "a9baab47-7ffb-5d32-a521-39df2151fb29" --acs_user_id "8880b788-dbdf-59e5-9ebf-e9d60d9f9090"

# {}
