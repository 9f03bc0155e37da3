// Revoke ACS User Access to All Entrances
seam.UsersAcs.RevokeAccessToAllEntrances();

// void
