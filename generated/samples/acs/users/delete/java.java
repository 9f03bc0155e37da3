// Delete an ACS User
seam.acs().users().delete();

// void
