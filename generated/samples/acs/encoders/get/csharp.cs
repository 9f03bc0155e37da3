// Get an encoder
seam.EncodersAcs.Get(acsEncoderId: "57481244-7aa3-5f0e-a6c7-0eab237ffc1a");

// {
//   "acs_encoder_id": "57481244-7aa3-5f0e-a6c7-0eab237ffc1a",
//   "acs_system_id": "1c018e12-4d42-5507-a992-3326b06eb92f",
//   "connected_account_id": "3d67b71e-3bd5-55ba-9641-084b258a6604",
//   "created_at": "2025-06-15T16:54:17.946Z",
//   "display_name": "My Encoder",
//   "errors": [],
//   "workspace_id": "d580ea61-698c-569a-9d7a-8b5416e3752d"
// }
