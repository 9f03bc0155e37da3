// Create shape
await shapes.shapes.createShape({ kind: "round", radius: 1 });

// { kind: "round", radius: 1 }
