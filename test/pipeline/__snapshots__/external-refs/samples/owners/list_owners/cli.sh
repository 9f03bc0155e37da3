# List owners
external owners list-owners

# [
#   {
#     "name": "My Owner",
#     "pet": {
#       "nickname": "My Pet"
#     }
#   }
# ]
