# Place an order
pet-shop orders create-order --customer '{"name":"Ann Lee","address":{"lines":["1 Main St","Flat 2"],"country":"GB"}}' --items '[{"sku":"BALL-1","quantity":2,"gift":true},{"sku":"ROPE-9","quantity":1}]' --discount null --tags '[]'

# {
#   "order_id": "ord_1",
#   "total": 12.5
# }
