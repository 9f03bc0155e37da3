// List a pet's toys
petShop.pets().listPetToys(PetsListPetToysRequest.builder()
    .petId("pet 7/b")
    .limit(10)
    .color("red & blue")
    .build());

// [
//   {
//     "toy_id": 1,
//     "name": "Ball"
//   },
//   {
//     "toy_id": 2,
//     "name": "Rope"
//   }
// ]
