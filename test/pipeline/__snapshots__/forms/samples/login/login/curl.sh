# Login
curl --include --request POST "https://api.example.com/api/login?api_key=$UPLOADS_KEY" \
  --json @- <<'EOF'
{
  "user": "User"
}
EOF

# "string"
