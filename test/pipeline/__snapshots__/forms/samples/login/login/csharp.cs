// Login
uploads.Login.Login();

// "string"
