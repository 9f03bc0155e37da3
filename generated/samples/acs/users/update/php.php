// Update an ACS user
$seam->acs->users->update(
    acs_user_id: "8880b788-dbdf-59e5-9ebf-e9d60d9f9090",
    hid_acs_system_id: "f1d4493b-af4e-5553-ab9a-eba907e83b64",
    full_name: "Jane Doe",
    email_address: "jane@example.com",
    phone_number: "+15555550100",
    access_schedule: [
        "ends_at" => "2025-06-18T16:54:17.946Z",
        "starts_at" => "2025-06-15T16:54:17.946Z",
    ],
);

// null

// Update an ACS user by user identity
$seam->acs->users->update(
    user_identity_id: "15c9438e-fed3-5f72-8faa-9bc12929f98c",
    acs_system_id: "1c018e12-4d42-5507-a992-3326b06eb92f",
    hid_acs_system_id: "f1d4493b-af4e-5553-ab9a-eba907e83b64",
    full_name: "Jane Doe",
    email_address: "jane@example.com",
    phone_number: "+15555550100",
    access_schedule: [
        "ends_at" => "2025-06-18T16:54:17.946Z",
        "starts_at" => "2025-06-15T16:54:17.946Z",
    ],
);

// null
