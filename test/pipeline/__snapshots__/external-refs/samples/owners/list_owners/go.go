// List owners
owner, err := external.Owners.ListOwners(context.Background())

// [
//   {
//     "name": "My Owner",
//     "pet": {
//       "nickname": "My Pet"
//     }
//   }
// ]
