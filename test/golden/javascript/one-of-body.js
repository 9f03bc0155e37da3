// Pay for an order
await petShop.payments.createPayment({
  card_number: "Card number",
  method: "card",
});

// { payment_id: "pay_1" }
