// List a pet's toys
result, err := petShop.Pets.ListPetToys(
	context.Background(), &api.PetsListPetToysRequest{
		PetId: "pet 7/b",
		Limit: 10,
		Color: "red & blue",
	},
)

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
