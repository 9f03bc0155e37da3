# Pay for an order
curl --include --request POST "https://api.petshop.example/v1/payments" \
  --header "Authorization: Bearer $PET_SHOP_TOKEN" \
  --json @- <<'EOF'
{
  "iban": "GB33BUKB20201555555555",
  "method": "bank"
}
EOF

# {
#   "payment_id": "pay_1"
# }
