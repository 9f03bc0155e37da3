// Get a lock by ID
// Returns the lock with the given ID.
lock, err := client.Locks.Get(
	context.Background(), &api.LocksGetRequest{
		LockId: api.String("11111111-1111-4111-8111-111111111111"),
	},
)

// {
//   "lock_id": "11111111-1111-4111-8111-111111111111",
//   "locked": true,
//   "name": "Front Door"
// }

// Get a lock by name
// Returns the lock with the given name.
lock, err := client.Locks.Get(
	context.Background(), &api.LocksGetRequest{
		Name: api.String("Back Door"),
	},
)

// {
//   "lock_id": "22222222-2222-4222-8222-222222222222",
//   "locked": false,
//   "name": "Back Door"
// }
