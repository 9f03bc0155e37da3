// Delete an ACS User
_, err := client.Acs.Users.Delete(context.Background(), &acs.UsersDeleteRequest{})

// nil
