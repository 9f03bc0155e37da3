# Delete a pet
pet-shop pets delete-pet --pet_id 42

# {}
