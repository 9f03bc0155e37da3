# Create shape
curl --include --request POST "https://api.example.com/shapes" \
  --json @- <<'EOF'
{
  "kind": "round",
  "radius": 1
}
EOF

# {
#   "kind": "round",
#   "radius": 1
# }
