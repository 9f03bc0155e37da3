// List a pet's toys
await petShop.pets.listPetToys({
  pet_id: "pet 7/b",
  limit: 10,
  color: "red & blue",
});

// [
//   { toy_id: 1, name: "Ball" },
//   { toy_id: 2, name: "Rope" },
// ]
