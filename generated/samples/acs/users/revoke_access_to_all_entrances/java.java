// Revoke ACS User Access to All Entrances
seam.acs().users().revokeAccessToAllEntrances();

// void
