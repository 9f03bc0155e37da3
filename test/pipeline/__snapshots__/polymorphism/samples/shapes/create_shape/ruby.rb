# Create shape (round)
shapes.shapes.create_shape(kind: "round", radius: 1)

# { "kind" => "round", "radius" => 1 }

# Create shape (Square)
shapes.shapes.create_shape(kind: "Square", side: 1)

# { "kind" => "Square", "side" => 1 }
