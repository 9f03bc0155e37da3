// Delete a pet
_, err := petShop.Pets.DeletePet(
	context.Background(), &api.PetsDeletePetRequest{
		PetId: 42,
	},
)

// nil
