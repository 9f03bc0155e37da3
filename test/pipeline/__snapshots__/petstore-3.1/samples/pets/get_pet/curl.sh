# Get pet
curl --include --request GET "https://eu.pets.example.com/v2/pets/eb03e69b-227e-5676-8769-eb67966bfbb8" \
  --header "Authorization: Bearer $PET_STORE_BEARER_AUTH"

# {
#   "id": "e17a3164-f352-54c7-9e6d-aff025ee4481",
#   "kind": "dog",
#   "name": "Rex",
#   "tag": "Tag"
# }
