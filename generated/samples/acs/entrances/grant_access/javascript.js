// Grant an ACS User Access to an Entrance
await seam.acs.entrances.grantAccess({
  acs_entrance_id: "70836a59-a9a2-566d-bb84-3b8f31ffc389",
});

// void
