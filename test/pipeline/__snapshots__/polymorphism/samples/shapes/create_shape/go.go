// Create shape
shape, err := shapes.Shapes.CreateShape(
	context.Background(), &api.ShapesCreateShapeRequest{
		Kind:   "round",
		Radius: 1,
	},
)

// {
//   "kind": "round",
//   "radius": 1
// }
