// Update an ACS User
seam.UsersAcs.Update();

// void
