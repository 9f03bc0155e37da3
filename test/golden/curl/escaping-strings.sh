# Write a note
curl --include --request POST "https://api.petshop.example/v1/notes" \
  --header "Authorization: Bearer $PET_SHOP_TOKEN" \
  --json @- <<'EOF'
{
  "closers": "*/ --> ?> </script> \"\"\"",
  "interpolated": "#{1 + 1} {$x} %s %d {0}",
  "quoted": "double \" single ' backtick ` back\\slash",
  "shell": "$HOME ${PATH} $(whoami) `date` !! 100%",
  "text": "line one\nline two\ttabbed\r\nEOF",
  "unicode": "café 日本 😀 \u2028 \u0000 \u001b"
}
EOF

# {
#   "echo": "said \"hi\" at $5 */ #{x}\nnext line"
# }
