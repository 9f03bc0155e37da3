// Unsuspend an ACS User
await seam.acs.users.unsuspend();

// void
