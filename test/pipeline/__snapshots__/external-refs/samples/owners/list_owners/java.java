// List owners
external.owners().listOwners();

// [
//   {
//     "name": "My Owner",
//     "pet": {
//       "nickname": "My Pet"
//     }
//   }
// ]
