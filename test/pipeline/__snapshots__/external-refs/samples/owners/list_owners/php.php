// List owners
$external->owners->list_owners();

// [["name" => "My Owner", "pet" => ["nickname" => "My Pet"]]]
