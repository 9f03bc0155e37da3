# Grant an ACS user access to an entrance
seam acs entrances grant-access --acs_entrance_id "70836a59-a9a2-566d-bb84-3b8f31ffc389" --acs_user_id "8880b788-dbdf-59e5-9ebf-e9d60d9f9090"

# {}

# Grant an ACS user access to an entrance by user identity
seam acs entrances grant-access --acs_entrance_id "70836a59-a9a2-566d-bb84-3b8f31ffc389" --user_identity_id "15c9438e-fed3-5f72-8faa-9bc12929f98c"

# {}
