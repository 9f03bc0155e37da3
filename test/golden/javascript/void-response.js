// Delete a pet
await petShop.pets.deletePet({ pet_id: 42 });

// void
