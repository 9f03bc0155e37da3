# Create a pet
curl --include --request POST "https://eu.pets.example.com/v2/pets" \
  --header "Authorization: Bearer $PET_STORE_BEARER_AUTH" \
  --json @- <<'EOF'
{
  "kind": "dog",
  "name": "Rex",
  "tag": "Tag"
}
EOF

# {
#   "id": "e17a3164-f352-54c7-9e6d-aff025ee4481",
#   "kind": "dog",
#   "name": "Rex",
#   "tag": "Tag"
# }
