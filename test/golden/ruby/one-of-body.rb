# Pay for an order
pet_shop.payments.create_payment(card_number: "Card number", method: "card")

# { "payment_id" => "pay_1" }
