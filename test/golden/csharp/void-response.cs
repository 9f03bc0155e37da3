// Delete a pet
petShop.Pets.DeletePet(petId: 42);

// void
