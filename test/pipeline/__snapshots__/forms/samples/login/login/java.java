// Login
uploads.login().login();

// "string"
