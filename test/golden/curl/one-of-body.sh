# Pay for an order
curl --include --request POST "https://api.petshop.example/v1/payments" \
  --header "Authorization: Bearer $PET_SHOP_TOKEN" \
  --json @- <<'EOF'
{
  "card_number": "Card number",
  "method": "card"
}
EOF

# {
#   "payment_id": "pay_1"
# }
