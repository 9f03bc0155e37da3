// Create a pet
pet, err := petStore.Pets.CreatePet(
	context.Background(), &api.PetsCreatePetRequest{
		Kind: "dog",
		Name: "Rex",
		Tag:  api.String("Tag"),
	},
)

// {
//   "id": "e17a3164-f352-54c7-9e6d-aff025ee4481",
//   "kind": "dog",
//   "name": "Rex",
//   "tag": "Tag"
// }
