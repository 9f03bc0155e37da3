// Update an ACS user
seam.acs().users().update(UsersUpdateRequest.builder()
    .acsUserId("8880b788-dbdf-59e5-9ebf-e9d60d9f9090")
    .hidAcsSystemId("f1d4493b-af4e-5553-ab9a-eba907e83b64")
    .fullName("Jane Doe")
    .emailAddress("jane@example.com")
    .phoneNumber("+15555550100")
    .accessSchedule(Map.of(
        "ends_at", "2025-06-18T16:54:17.946Z",
        "starts_at", "2025-06-15T16:54:17.946Z"
    ))
    .build());

// void

// Update an ACS user by user identity
seam.acs().users().update(UsersUpdateRequest.builder()
    .userIdentityId("15c9438e-fed3-5f72-8faa-9bc12929f98c")
    .acsSystemId("1c018e12-4d42-5507-a992-3326b06eb92f")
    .hidAcsSystemId("f1d4493b-af4e-5553-ab9a-eba907e83b64")
    .fullName("Jane Doe")
    .emailAddress("jane@example.com")
    .phoneNumber("+15555550100")
    .accessSchedule(Map.of(
        "ends_at", "2025-06-18T16:54:17.946Z",
        "starts_at", "2025-06-15T16:54:17.946Z"
    ))
    .build());

// void
