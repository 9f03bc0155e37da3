// Place an order
petShop.orders().createOrder(OrdersCreateOrderRequest.builder()
    .customer(Map.of(
        "name", "Ann Lee",
        "address", Map.of(
            "lines", List.of("1 Main St", "Flat 2"),
            "country", "GB"
        )
    ))
    .items(List.of(
        Map.of("sku", "BALL-1", "quantity", 2, "gift", true),
        Map.of("sku", "ROPE-9", "quantity", 1)
    ))
    .discount(null)
    .tags(List.of())
    .build());

// {
//   "order_id": "ord_1",
//   "total": 12.5
// }
