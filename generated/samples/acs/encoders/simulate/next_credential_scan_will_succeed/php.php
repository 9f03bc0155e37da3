// Simulate that the next credential scan will succeed
$seam->acs->encoders->simulate->next_credential_scan_will_succeed(
    acs_encoder_id: "57481244-7aa3-5f0e-a6c7-0eab237ffc1a",
    acs_credential_id_on_seam: "edd37705-82b0-552f-9874-155ae447e7cb",
    scenario: "credential_exists_on_seam",
);

// null
