# Delete pet
pet-store pets delete-pet --petId "eb03e69b-227e-5676-8769-eb67966bfbb8"

# {}
