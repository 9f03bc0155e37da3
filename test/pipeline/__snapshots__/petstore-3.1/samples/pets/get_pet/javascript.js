// Get pet
await petStore.pets.getPet({ petId: "eb03e69b-227e-5676-8769-eb67966bfbb8" });

// {
//   id: "e17a3164-f352-54c7-9e6d-aff025ee4481",
//   kind: "dog",
//   name: "Rex",
//   tag: "Tag",
// }
