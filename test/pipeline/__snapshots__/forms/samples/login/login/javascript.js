// Login
await uploads.login.login({ user: "User" });

// "string"
