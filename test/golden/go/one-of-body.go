// Pay for an order
result, err := petShop.Payments.CreatePayment(
	context.Background(), &api.PaymentsCreatePaymentRequest{
		Iban:   api.String("GB33BUKB20201555555555"),
		Method: "bank",
	},
)

// {
//   "payment_id": "pay_1"
// }
