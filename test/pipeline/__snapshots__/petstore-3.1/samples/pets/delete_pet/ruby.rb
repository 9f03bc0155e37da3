# Delete pet
pet_store.pets.delete_pet(petId: "eb03e69b-227e-5676-8769-eb67966bfbb8")

# => nil
