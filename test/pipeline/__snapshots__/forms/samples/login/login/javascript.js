// Login
await uploads.login.login();

// "string"
