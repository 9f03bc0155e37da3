// Delete pet
petStore.pets().deletePet(PetsDeletePetRequest.builder()
    .petId("eb03e69b-227e-5676-8769-eb67966bfbb8")
    .build());

// void
