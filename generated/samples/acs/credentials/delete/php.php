// Delete a credential
$seam->acs->credentials->delete(
    acs_credential_id: "42d0a8d2-b3e9-5ade-ad4a-e9003c46d2ef",
);

// null
