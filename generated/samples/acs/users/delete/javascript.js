// Delete an ACS User
await seam.acs.users.delete();

// void
