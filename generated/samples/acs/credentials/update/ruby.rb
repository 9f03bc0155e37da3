# Update a credential
seam.acs.credentials.update(
  acs_credential_id: "42d0a8d2-b3e9-5ade-ad4a-e9003c46d2ef",
  ends_at: "2025-06-18T16:54:17.946Z",
  code: "12",
)

# => nil
