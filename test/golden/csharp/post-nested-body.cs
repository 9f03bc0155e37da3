// Place an order
petShop.Orders.CreateOrder(
  customer: new Dictionary<string, object> {
    ["name"] = "Ann Lee",
    ["address"] = new Dictionary<string, object> {
      ["lines"] = new List<string> { "1 Main St", "Flat 2" },
      ["country"] = "GB"
    }
  },
  items: new List<Dictionary<string, object>> {
    new Dictionary<string, object> {
      ["sku"] = "BALL-1",
      ["quantity"] = 2,
      ["gift"] = true
    },
    new Dictionary<string, object> { ["sku"] = "ROPE-9", ["quantity"] = 1 }
  },
  discount: null,
  tags: new List<object>()
);

// {
//   "order_id": "ord_1",
//   "total": 12.5
// }
