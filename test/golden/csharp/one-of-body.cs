// Pay for an order
petShop.Payments.CreatePayment(
  iban: "GB33BUKB20201555555555",
  method: Payments.CreatePaymentRequest.MethodEnum.Bank
);

// {
//   "payment_id": "pay_1"
// }
