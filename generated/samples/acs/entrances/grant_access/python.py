# Grant an ACS User Access to an Entrance
seam.acs.entrances.grant_access(acs_entrance_id="70836a59-a9a2-566d-bb84-3b8f31ffc389")

# None
