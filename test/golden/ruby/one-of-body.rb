# Pay for an order
pet_shop.payments.create_payment(iban: "GB33BUKB20201555555555", method: "bank")

# { "payment_id" => "pay_1" }
