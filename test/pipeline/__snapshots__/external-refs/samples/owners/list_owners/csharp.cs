// List owners
external.Owners.ListOwners();

// [
//   {
//     "name": "My Owner",
//     "pet": {
//       "nickname": "My Pet"
//     }
//   }
// ]
