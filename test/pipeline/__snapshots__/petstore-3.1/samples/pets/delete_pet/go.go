// Delete pet
_, err := petStore.Pets.DeletePet(
	context.Background(), &api.PetsDeletePetRequest{
		PetId: "eb03e69b-227e-5676-8769-eb67966bfbb8",
	},
)

// nil
