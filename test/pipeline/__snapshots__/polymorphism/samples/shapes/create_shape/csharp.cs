// Create shape
shapes.Shapes.CreateShape(kind: "round", radius: 1);

// {
//   "kind": "round",
//   "radius": 1
// }
