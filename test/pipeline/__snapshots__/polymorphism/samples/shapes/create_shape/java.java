// Create shape (round)
shapes.shapes().createShape(ShapesCreateShapeRequest.builder()
    .kind("round")
    .radius(1)
    .build());

// {
//   "kind": "round",
//   "radius": 1
// }

// Create shape (Square)
shapes.shapes().createShape(ShapesCreateShapeRequest.builder()
    .kind("Square")
    .side(1)
    .build());

// {
//   "kind": "Square",
//   "side": 1
// }
