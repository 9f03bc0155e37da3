// Delete a pet
petShop.pets().deletePet(PetsDeletePetRequest.builder().petId(42).build());

// void
