# Create shape
shapes.shapes.create_shape(kind="round", radius=1)

# Shape(kind="round", radius=1)
