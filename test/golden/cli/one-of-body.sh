# Pay for an order
pet-shop payments create-payment --card_number "Card number" --method "card"

# {
#   "payment_id": "pay_1"
# }
