// Revoke ACS User Access to All Entrances
await seam.acs.users.revokeAccessToAllEntrances();

// void
