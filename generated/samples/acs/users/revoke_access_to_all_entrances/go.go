// Revoke ACS User Access to All Entrances
_, err := client.Acs.Users.RevokeAccessToAllEntrances(context.Background(), &acs.UsersRevokeAccessToAllEntrancesRequest{})

// nil
