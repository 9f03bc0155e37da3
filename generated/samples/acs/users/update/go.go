// Update an ACS User
_, err := client.Acs.Users.Update(context.Background(), &acs.UsersUpdateRequest{})

// nil
