// List a pet's toys
$pet_shop->pets->list_pet_toys(
    pet_id: "pet 7/b",
    limit: 10,
    color: "red & blue",
);

// [["toy_id" => 1, "name" => "Ball"], ["toy_id" => 2, "name" => "Rope"]]
