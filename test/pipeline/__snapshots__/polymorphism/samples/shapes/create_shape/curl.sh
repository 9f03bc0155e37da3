# Create shape (round)
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

# Create shape (Square)
curl --include --request POST "https://api.example.com/shapes" \
  --json @- <<'EOF'
{
  "kind": "Square",
  "side": 1
}
EOF

# {
#   "kind": "Square",
#   "side": 1
# }
