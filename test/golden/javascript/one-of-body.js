// Pay for an order
await petShop.payments.createPayment({
  iban: "GB33BUKB20201555555555",
  method: "bank",
});

// { payment_id: "pay_1" }
