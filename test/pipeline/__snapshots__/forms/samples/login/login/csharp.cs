// Login
uploads.Login.Login(user: "User");

// "string"
