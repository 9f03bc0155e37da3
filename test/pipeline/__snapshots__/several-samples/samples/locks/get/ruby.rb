# Get a lock by ID
# Returns the lock with the given ID.
seam.locks.get(lock_id: "11111111-1111-4111-8111-111111111111")

# {
#   "lock_id" => "11111111-1111-4111-8111-111111111111",
#   "locked" => true,
#   "name" => "Front Door",
# }

# Get a lock by name
# Returns the lock with the given name.
seam.locks.get(name: "Back Door")

# {
#   "lock_id" => "22222222-2222-4222-8222-222222222222",
#   "locked" => false,
#   "name" => "Back Door",
# }
