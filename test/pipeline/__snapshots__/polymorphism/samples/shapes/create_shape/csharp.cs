// Create shape (round)
shapes.Shapes.CreateShape(kind: "round", radius: 1);

// {
//   "kind": "round",
//   "radius": 1
// }

// Create shape (Square)
shapes.Shapes.CreateShape(kind: "Square", side: 1);

// {
//   "kind": "Square",
//   "side": 1
// }
