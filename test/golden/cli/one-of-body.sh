# Pay for an order
pet-shop payments create-payment --iban "GB33BUKB20201555555555" --method "bank"

# {
#   "payment_id": "pay_1"
# }
