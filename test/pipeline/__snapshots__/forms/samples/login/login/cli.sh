# Login
uploads login login --user "User"

# "string"
