// Pay for an order
result, err := petShop.Payments.CreatePayment(
	context.Background(), &api.PaymentsCreatePaymentRequest{
		CardNumber: api.String("Card number"),
		Method:     "card",
	},
)

// {
//   "payment_id": "pay_1"
// }
