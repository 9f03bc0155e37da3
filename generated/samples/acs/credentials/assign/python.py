# Assign a credential to an ACS user
seam.acs.credentials.assign(
    acs_credential_id="42d0a8d2-b3e9-5ade-ad4a-e9003c46d2ef",
    acs_user_id="8880b788-dbdf-59e5-9ebf-e9d60d9f9090",
)

# None

# Assign a credential to an ACS user by user identity
seam.acs.credentials.assign(
    acs_credential_id="42d0a8d2-b3e9-5ade-ad4a-e9003c46d2ef",
    user_identity_id="15c9438e-fed3-5f72-8faa-9bc12929f98c",
)

# None
