# Create shape (round)
shapes.shapes.create_shape(kind="round", radius=1)

# Shape(kind="round", radius=1)

# Create shape (Square)
shapes.shapes.create_shape(kind="Square", side=1)

# Shape(kind="Square", side=1)
