// List owners
await external.owners.listOwners();

// [{ name: "My Owner", pet: { nickname: "My Pet" } }]
