# List a pet's toys
curl --include --request GET "https://api.petshop.example/v1/pets/pet%207%2Fb/toys?limit=10&color=red%20%26%20blue" \
  --header "Authorization: Bearer $PET_SHOP_TOKEN"

# [
#   {
#     "toy_id": 1,
#     "name": "Ball"
#   },
#   {
#     "toy_id": 2,
#     "name": "Rope"
#   }
# ]
