# Delete a pet
pet_shop.pets.delete_pet(pet_id=42)

# None
