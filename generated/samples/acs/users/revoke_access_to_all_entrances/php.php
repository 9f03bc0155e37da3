// Revoke ACS User Access to All Entrances
$seam->acs->users->revoke_access_to_all_entrances();

// null
