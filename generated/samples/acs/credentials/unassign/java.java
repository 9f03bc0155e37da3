// Unassign a credential from an ACS user
seam.acs().credentials().unassign(CredentialsUnassignRequest.builder()
    .acsCredentialId("42d0a8d2-b3e9-5ade-ad4a-e9003c46d2ef")
    .acsUserId("8880b788-dbdf-59e5-9ebf-e9d60d9f9090")
    .build());

// void

// Unassign a credential from an ACS user by user identity
seam.acs().credentials().unassign(CredentialsUnassignRequest.builder()
    .acsCredentialId("42d0a8d2-b3e9-5ade-ad4a-e9003c46d2ef")
    .userIdentityId("15c9438e-fed3-5f72-8faa-9bc12929f98c")
    .build());

// void
