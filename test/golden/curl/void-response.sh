# Delete a pet
curl --include --request DELETE "https://api.petshop.example/v1/pets/42" \
  --header "Authorization: Bearer $PET_SHOP_TOKEN"

# HTTP 204, no body
