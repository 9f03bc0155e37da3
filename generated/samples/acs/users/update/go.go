// Update an ACS user
_, err := client.Acs.Users.Update(
	context.Background(), &acs.UsersUpdateRequest{
		AcsUserId:      api.String("8880b788-dbdf-59e5-9ebf-e9d60d9f9090"),
		HidAcsSystemId: api.String("f1d4493b-af4e-5553-ab9a-eba907e83b64"),
		FullName:       api.String("Jane Doe"),
		EmailAddress:   api.String("jane@example.com"),
		PhoneNumber:    api.String("+15555550100"),
		AccessSchedule: map[string]any{
			"ends_at":   "2025-06-18T16:54:17.946Z",
			"starts_at": "2025-06-15T16:54:17.946Z",
		},
	},
)

// nil

// Update an ACS user by user identity
_, err := client.Acs.Users.Update(
	context.Background(), &acs.UsersUpdateRequest{
		UserIdentityId: api.String("15c9438e-fed3-5f72-8faa-9bc12929f98c"),
		AcsSystemId:    api.String("1c018e12-4d42-5507-a992-3326b06eb92f"),
		HidAcsSystemId: api.String("f1d4493b-af4e-5553-ab9a-eba907e83b64"),
		FullName:       api.String("Jane Doe"),
		EmailAddress:   api.String("jane@example.com"),
		PhoneNumber:    api.String("+15555550100"),
		AccessSchedule: map[string]any{
			"ends_at":   "2025-06-18T16:54:17.946Z",
			"starts_at": "2025-06-15T16:54:17.946Z",
		},
	},
)

// nil
