# List owners
curl --include --request GET "https://api.example.com/owners"

# [
#   {
#     "name": "My Owner",
#     "pet": {
#       "nickname": "My Pet"
#     }
#   }
# ]
