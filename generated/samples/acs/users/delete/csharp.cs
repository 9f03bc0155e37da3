// Delete an ACS User
seam.UsersAcs.Delete();

// void
