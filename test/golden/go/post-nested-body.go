// Place an order
result, err := petShop.Orders.CreateOrder(
	context.Background(), &api.OrdersCreateOrderRequest{
		Customer: map[string]any{
			"name": "Ann Lee",
			"address": map[string]any{
				"lines":   []string{"1 Main St", "Flat 2"},
				"country": "GB",
			},
		},
		Items: []map[string]any{
			{"sku": "BALL-1", "quantity": 2, "gift": true},
			{"sku": "ROPE-9", "quantity": 1},
		},
		Discount: nil,
		Tags:     []any{},
	},
)

// {
//   "order_id": "ord_1",
//   "total": 12.5
// }
