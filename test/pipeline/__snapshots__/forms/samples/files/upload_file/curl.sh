# Upload file
curl --include --request POST "https://api.example.com/api/files/Folder" \
  --user "$UPLOADS_BASIC" \
  --form-string "note=Note" \
  --form "file=@File"

# HTTP 204, no body
