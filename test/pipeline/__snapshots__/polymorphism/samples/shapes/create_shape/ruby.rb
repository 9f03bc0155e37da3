# Create shape
shapes.shapes.create_shape(kind: "round", radius: 1)

# { "kind" => "round", "radius" => 1 }
