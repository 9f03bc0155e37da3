# Create shape
shapes shapes create-shape --kind "round" --radius 1

# {
#   "kind": "round",
#   "radius": 1
# }
