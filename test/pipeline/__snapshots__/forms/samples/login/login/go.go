// Login
result, err := uploads.Login.Login(context.Background(), &api.LoginLoginRequest{})

// "string"
