// Pay for an order
petShop.payments().createPayment(PaymentsCreatePaymentRequest.builder()
    .cardNumber("Card number")
    .method(PaymentsCreatePaymentRequestMethod.CARD)
    .build());

// {
//   "payment_id": "pay_1"
// }
