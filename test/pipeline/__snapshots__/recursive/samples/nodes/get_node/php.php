// Get node
$trees->nodes->get_node(id: "daaca365-0d1b-50d4-b10a-5e44b756e911");

// [
//     "children" => [],
//     "id" => "daaca365-0d1b-50d4-b10a-5e44b756e911",
//     "owner" => ["name" => "My Person"],
// ]
