// Pay for an order
petShop.Payments.CreatePayment(
  cardNumber: "Card number",
  method: Payments.CreatePaymentRequest.MethodEnum.Card
);

// {
//   "payment_id": "pay_1"
// }
