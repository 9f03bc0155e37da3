// Unsuspend an ACS User
_, err := client.Acs.Users.Unsuspend(context.Background(), &acs.UsersUnsuspendRequest{})

// nil
