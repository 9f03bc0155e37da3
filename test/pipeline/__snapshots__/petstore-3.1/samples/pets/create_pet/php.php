// Create a pet
$pet_store->pets->create_pet(kind: "dog", name: "Rex", tag: "Tag");

// [
//     "id" => "e17a3164-f352-54c7-9e6d-aff025ee4481",
//     "kind" => "dog",
//     "name" => "Rex",
//     "tag" => "Tag",
// ]
