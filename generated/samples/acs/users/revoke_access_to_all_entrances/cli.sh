# Revoke ACS User Access to All Entrances
seam acs users revoke-access-to-all-entrances

# {}
