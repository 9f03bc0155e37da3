// Create shape
shapes.shapes().createShape(ShapesCreateShapeRequest.builder()
    .kind("round")
    .radius(1)
    .build());

// {
//   "kind": "round",
//   "radius": 1
// }
