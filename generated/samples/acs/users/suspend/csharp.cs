// Suspend an ACS User
seam.UsersAcs.Suspend();

// void
