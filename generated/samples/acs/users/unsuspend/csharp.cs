// Unsuspend an ACS User
seam.UsersAcs.Unsuspend();

// void
