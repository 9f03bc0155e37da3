// Suspend an ACS User
_, err := client.Acs.Users.Suspend(context.Background(), &acs.UsersSuspendRequest{})

// nil
