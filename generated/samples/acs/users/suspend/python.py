# Suspend an ACS user
seam.acs.users.suspend(acs_user_id="8880b788-dbdf-59e5-9ebf-e9d60d9f9090")

# None

# Suspend an ACS user by user identity
seam.acs.users.suspend(
    acs_system_id="1c018e12-4d42-5507-a992-3326b06eb92f",
    user_identity_id="15c9438e-fed3-5f72-8faa-9bc12929f98c",
)

# None
