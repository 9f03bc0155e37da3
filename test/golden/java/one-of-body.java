// Pay for an order
petShop.payments().createPayment(PaymentsCreatePaymentRequest.builder()
    .iban("GB33BUKB20201555555555")
    .method(PaymentsCreatePaymentRequestMethod.BANK)
    .build());

// {
//   "payment_id": "pay_1"
// }
