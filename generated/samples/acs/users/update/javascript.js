// Update an ACS User
await seam.acs.users.update();

// void
