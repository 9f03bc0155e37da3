// Create shape (round)
await shapes.shapes.createShape({ kind: "round", radius: 1 });

// { kind: "round", radius: 1 }

// Create shape (Square)
await shapes.shapes.createShape({ kind: "Square", side: 1 });

// { kind: "Square", side: 1 }
