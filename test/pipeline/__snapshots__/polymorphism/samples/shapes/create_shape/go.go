// Create shape (round)
shape, err := shapes.Shapes.CreateShape(
	context.Background(), &api.ShapesCreateShapeRequest{
		Kind:   "round",
		Radius: api.Float64(1),
	},
)

// {
//   "kind": "round",
//   "radius": 1
// }

// Create shape (Square)
shape, err := shapes.Shapes.CreateShape(
	context.Background(), &api.ShapesCreateShapeRequest{
		Kind: "Square",
		Side: api.Int(1),
	},
)

// {
//   "kind": "Square",
//   "side": 1
// }
