# Delete pet
curl --include --request DELETE "https://eu.pets.example.com/v2/pets/eb03e69b-227e-5676-8769-eb67966bfbb8" \
  --header "Authorization: Bearer $PET_STORE_BEARER_AUTH"

# HTTP 204, no body
