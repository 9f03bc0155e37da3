// Login
result, err := uploads.Login.Login(
	context.Background(), &api.LoginLoginRequest{
		User: api.String("User"),
	},
)

// "string"
