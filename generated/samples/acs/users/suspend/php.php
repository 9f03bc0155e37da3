// Suspend an ACS User
$seam->acs->users->suspend();

// null
