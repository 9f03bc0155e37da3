// Suspend an ACS User
await seam.acs.users.suspend();

// void
