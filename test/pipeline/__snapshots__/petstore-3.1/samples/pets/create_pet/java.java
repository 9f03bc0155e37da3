// Create a pet
petStore.pets().createPet(PetsCreatePetRequest.builder()
    .kind(PetsCreatePetRequestKind.DOG)
    .name("Rex")
    .tag("Tag")
    .build());

// {
//   "id": "e17a3164-f352-54c7-9e6d-aff025ee4481",
//   "kind": "dog",
//   "name": "Rex",
//   "tag": "Tag"
// }
