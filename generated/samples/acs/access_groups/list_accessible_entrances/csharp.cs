// List entrances accessible to an access group
seam.AccessGroupsAcs.ListAccessibleEntrances(
  acsAccessGroupId: "a9baab47-7ffb-5d32-a521-39df2151fb29"
);

// [
//   {
//     "acs_entrance_id": "70836a59-a9a2-566d-bb84-3b8f31ffc389",
//     "acs_system_id": "1c018e12-4d42-5507-a992-3326b06eb92f",
//     "assa_abloy_vostio_metadata": {
//       "door_name": "My Door",
//       "door_number": 1,
//       "door_type": "CommonDoor",
//       "pms_id": "cdc4d44e-9f73-52d9-99ad-fac33e00fa61",
//       "stand_open": true
//     },
//     "avigilon_alta_metadata": {
//       "entry_name": "My Entry",
//       "entry_relays_total_count": 1,
//       "org_name": "My Org",
//       "site_id": 1,
//       "site_name": "My Site",
//       "zone_id": 1,
//       "zone_name": "My Zone"
//     },
//     "brivo_metadata": {
//       "access_point_id": "5dc7a3cd-3915-58ec-ad7d-4d856a8e2aa4",
//       "site_id": 1,
//       "site_name": "My Site"
//     },
//     "can_belong_to_reservation": true,
//     "can_unlock_with_card": true,
//     "can_unlock_with_cloud_key": true,
//     "can_unlock_with_code": true,
//     "can_unlock_with_mobile_key": true,
//     "connected_account_id": "3d67b71e-3bd5-55ba-9641-084b258a6604",
//     "created_at": "2025-06-15T16:54:17.946Z",
//     "display_name": "My Entrance",
//     "dormakaba_ambiance_metadata": {
//       "access_point_name": "My Access Point"
//     },
//     "dormakaba_community_metadata": {
//       "access_point_profile": "Access point profile"
//     },
//     "errors": [],
//     "hotek_metadata": {
//       "common_area_name": "My Common Area",
//       "common_area_number": "Common area number",
//       "room_number": "Room number"
//     },
//     "is_locked": true,
//     "latch_metadata": {
//       "accessibility_type": "Accessibility type",
//       "door_name": "My Door",
//       "door_type": "Door type",
//       "is_connected": true
//     },
//     "salto_ks_metadata": {
//       "battery_level": "Battery level",
//       "door_name": "My Door",
//       "intrusion_alarm": true,
//       "left_open_alarm": true,
//       "lock_type": "Lock type",
//       "locked_state": "Locked state",
//       "online": true,
//       "privacy_mode": true
//     },
//     "salto_space_metadata": {
//       "audit_on_keys": true,
//       "door_description": "Door description",
//       "door_id": "acd421fe-8d72-5e74-8c98-bda8bb2537a9",
//       "door_name": "My Door",
//       "room_description": "Room description",
//       "room_name": "My Room"
//     },
//     "space_ids": [
//       "28b98463-dcdc-5b80-93c2-292ded3a8497"
//     ],
//     "visionline_metadata": {
//       "door_category": "entrance",
//       "door_name": "My Door",
//       "profiles": [
//         {
//           "visionline_door_profile_id": "49570369-0f11-5497-a5ea-cca99047f606",
//           "visionline_door_profile_type": "BLE"
//         }
//       ]
//     },
//     "warnings": []
//   }
// ]
