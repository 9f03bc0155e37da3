// Login
uploads.login().login(LoginLoginRequest.builder().user("User").build());

// "string"
