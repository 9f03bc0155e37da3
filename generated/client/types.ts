/* Generated from the Seam Connect OpenAPI spec (version 1.0.0): do not edit by hand. */

export interface paths {
    "/acs/access_groups/add_user": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add an ACS User to an Access Group
         * @description Adds a specified [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management) to a specified [access group](https://docs.seam.co/low-level-apis/access-systems/user-management/assigning-users-to-access-groups).
         */
        post: operations["acs.access_groups.add_user"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/acs/access_groups/delete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Delete an Access Group
         * @description Deletes a specified [access group](https://docs.seam.co/low-level-apis/access-systems/user-management/assigning-users-to-access-groups).
         */
        post: operations["acs.access_groups.delete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/acs/access_groups/get": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get an Access Group
         * @description Returns a specified [access group](https://docs.seam.co/low-level-apis/access-systems/user-management/assigning-users-to-access-groups).
         */
        post: operations["acs.access_groups.get"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/acs/access_groups/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List Access Groups
         * @description Returns a list of all [access groups](https://docs.seam.co/low-level-apis/access-systems/user-management/assigning-users-to-access-groups).
         */
        post: operations["acs.access_groups.list"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/acs/access_groups/list_accessible_entrances": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List Entrances Accessible to an Access Group
         * @description Returns a list of all accessible entrances for a specified [access group](https://docs.seam.co/low-level-apis/access-systems/user-management/assigning-users-to-access-groups).
         */
        post: operations["acs.access_groups.list_accessible_entrances"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/acs/access_groups/list_users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List ACS Users in an Access Group
         * @description Returns a list of all [access system users](https://docs.seam.co/low-level-apis/access-systems/user-management) in an [access group](https://docs.seam.co/low-level-apis/access-systems/user-management/assigning-users-to-access-groups).
         */
        post: operations["acs.access_groups.list_users"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/acs/access_groups/remove_user": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Remove an ACS User from an Access Group
         * @description Removes a specified [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management) from a specified [access group](https://docs.seam.co/low-level-apis/access-systems/user-management/assigning-users-to-access-groups).
         */
        post: operations["acs.access_groups.remove_user"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/acs/access_groups/unmanaged/get": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get an Unmanaged Access Group
         * @description Returns a specified unmanaged [access group](https://docs.seam.co/low-level-apis/access-systems/user-management/assigning-users-to-access-groups).
         */
        post: operations["acs.access_groups.unmanaged.get"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/acs/access_groups/unmanaged/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List Unmanaged Access Groups
         * @description Returns a list of all unmanaged [access groups](https://docs.seam.co/low-level-apis/access-systems/user-management/assigning-users-to-access-groups).
         */
        post: operations["acs.access_groups.unmanaged.list"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/acs/credential_pools/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List Credential Pools
         * @deprecated
         * @description Returns a list of all credential pools.
         */
        post: operations["acs.credential_pools.list"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/acs/credential_provisioning_automations/launch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Launch a Credential Provisioning Automation
         * @deprecated
         * @description Launches a credential provisioning automation.
         */
        post: operations["acs.credential_provisioning_automations.launch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/acs/credentials/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Assign a Credential to an ACS User
         * @description Assigns a specified [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) to a specified [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management).
         */
        post: operations["acs.credentials.assign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/acs/credentials/create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a Credential for an ACS User
         * @description Creates a new [credential](https://docs.seam.co/low-level-apis/managing-credentials) for a specified [ACS user](https://docs.seam.co/low-level-apis/access-systems/user-management). For granting access, we recommend [Access Grants](https://docs.seam.co/use-cases/granting-access) instead: they create and manage the underlying credentials for you, across access systems and standalone smart locks alike. Use this low-level endpoint only when you need direct control over an individual ACS credential.
         */
        post: operations["acs.credentials.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/acs/credentials/create_offline_code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an Offline Credential for an ACS User
         * @description Creates a new offline [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) for a specified [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management).
         */
        post: operations["acs.credentials.create_offline_code"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/acs/credentials/delete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Delete a Credential
         * @description Deletes a specified [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials).
         */
        post: operations["acs.credentials.delete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/acs/credentials/get": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get a Credential
         * @description Returns a specified [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials).
         */
        post: operations["acs.credentials.get"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/acs/credentials/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List Credentials
         * @description Returns a list of all [credentials](https://docs.seam.co/low-level-apis/access-systems/managing-credentials).
         */
        post: operations["acs.credentials.list"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/acs/credentials/list_accessible_entrances": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List Accessible Entrances
         * @description Returns a list of all [entrances](https://docs.seam.co/api/acs/entrances) to which a [credential](https://docs.seam.co/api/acs/credentials) grants access.
         */
        post: operations["acs.credentials.list_accessible_entrances"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/acs/credentials/unassign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Unassign a Credential from an ACS User
         * @description Unassigns a specified [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) from a specified [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management).
         */
        post: operations["acs.credentials.unassign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/acs/credentials/unmanaged/get": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get an Unmanaged Credential
         * @description Returns a specified unmanaged [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials).
         */
        post: operations["acs.credentials.unmanaged.get"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/acs/credentials/unmanaged/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List Unmanaged Credentials
         * @description Returns a list of all unmanaged [credentials](https://docs.seam.co/low-level-apis/access-systems/managing-credentials).
         */
        post: operations["acs.credentials.unmanaged.list"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/acs/credentials/update": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Update a Credential
         * @description Updates the code and ends at date and time for a specified [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials).
         */
        post: operations["acs.credentials.update"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/acs/encoders/encode_credential": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Encode a Credential
         * @description Encodes an existing [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) onto a plastic card placed on the specified [encoder](https://docs.seam.co/low-level-apis/access-systems/working-with-card-encoders-and-scanners). Either provide an `acs_credential_id` or an `access_method_id`
         */
        post: operations["acs.encoders.encode_credential"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/acs/encoders/get": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get an Encoder
         * @description Returns a specified [encoder](https://docs.seam.co/low-level-apis/access-systems/working-with-card-encoders-and-scanners).
         */
        post: operations["acs.encoders.get"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/acs/encoders/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List Encoders
         * @description Returns a list of all [encoders](https://docs.seam.co/low-level-apis/access-systems/working-with-card-encoders-and-scanners).
         */
        post: operations["acs.encoders.list"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/acs/encoders/scan_credential": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Scan a Credential
         * @description Scans an encoded [acs_credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) from a plastic card placed on the specified [encoder](https://docs.seam.co/low-level-apis/access-systems/working-with-card-encoders-and-scanners).
         */
        post: operations["acs.encoders.scan_credential"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/acs/encoders/scan_to_assign_credential": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Scan to Assign a Credential
         * @description Scans a physical card placed on the specified [encoder](https://docs.seam.co/low-level-apis/access-systems/working-with-card-encoders-and-scanners) and assigns the scanned credential to an ACS user. Provide either an `acs_user_id` or a `user_identity_id`.
         */
        post: operations["acs.encoders.scan_to_assign_credential"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/acs/encoders/simulate/next_credential_encode_will_fail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Simulate that the Next Credential Encoding Will Fail
         * @description Simulates that the next attempt to encode a [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) using the specified [encoder](https://docs.seam.co/low-level-apis/access-systems/working-with-card-encoders-and-scanners) will fail. You can only perform this action within a [sandbox workspace](https://docs.seam.co/core-concepts/workspaces#sandbox-workspaces).
         */
        post: operations["acs.encoders.simulate.next_credential_encode_will_fail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/acs/encoders/simulate/next_credential_encode_will_succeed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Simulate that the Next Credential Encoding Will Succeed
         * @description Simulates that the next attempt to encode a [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) using the specified [encoder](https://docs.seam.co/low-level-apis/access-systems/working-with-card-encoders-and-scanners) will succeed. You can only perform this action within a [sandbox workspace](https://docs.seam.co/core-concepts/workspaces#sandbox-workspaces).
         */
        post: operations["acs.encoders.simulate.next_credential_encode_will_succeed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/acs/encoders/simulate/next_credential_scan_will_fail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Simulate that the Next Credential Scan Will Fail
         * @description Simulates that the next attempt to scan a [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) using the specified [encoder](https://docs.seam.co/low-level-apis/access-systems/working-with-card-encoders-and-scanners) will fail. You can only perform this action within a [sandbox workspace](https://docs.seam.co/core-concepts/workspaces#sandbox-workspaces).
         */
        post: operations["acs.encoders.simulate.next_credential_scan_will_fail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/acs/encoders/simulate/next_credential_scan_will_succeed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Simulate that the Next Credential Scan Will Succeed
         * @description Simulates that the next attempt to scan a [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) using the specified [encoder](https://docs.seam.co/low-level-apis/access-systems/working-with-card-encoders-and-scanners) will succeed. You can only perform this action within a [sandbox workspace](https://docs.seam.co/core-concepts/workspaces#sandbox-workspaces).
         */
        post: operations["acs.encoders.simulate.next_credential_scan_will_succeed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/acs/entrances/get": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get an Entrance
         * @description Returns a specified [access system entrance](https://docs.seam.co/low-level-apis/access-systems/retrieving-entrance-details).
         */
        post: operations["acs.entrances.get"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/acs/entrances/grant_access": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Grant an ACS User Access to an Entrance
         * @description Grants a specified [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management) access to a specified [access system entrance](https://docs.seam.co/low-level-apis/access-systems/retrieving-entrance-details).
         */
        post: operations["acs.entrances.grant_access"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/acs/entrances/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List Entrances
         * @description Returns a list of all [access system entrances](https://docs.seam.co/low-level-apis/access-systems/retrieving-entrance-details).
         */
        post: operations["acs.entrances.list"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/acs/entrances/list_credentials_with_access": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List Credentials with Access to an Entrance
         * @description Returns a list of all [credentials](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) with access to a specified [entrance](https://docs.seam.co/low-level-apis/access-systems/retrieving-entrance-details).
         */
        post: operations["acs.entrances.list_credentials_with_access"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/acs/entrances/unlock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Unlock an Entrance
         * @description Remotely unlocks a specified [entrance](https://docs.seam.co/low-level-apis/access-systems/retrieving-entrance-details) using a cloud_key credential. Returns an action attempt that tracks the progress of the unlock operation.
         */
        post: operations["acs.entrances.unlock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/acs/systems/get": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get an ACS System
         * @description Returns a specified [access system](https://docs.seam.co/low-level-apis/access-systems).
         */
        post: operations["acs.systems.get"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/acs/systems/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List ACS Systems
         * @description Returns a list of all [access systems](https://docs.seam.co/low-level-apis/access-systems).
         *
         *     To filter the list of returned access systems by a specific connected account ID, include the `connected_account_id` in the request body. If you omit the `connected_account_id` parameter, the response includes all access systems connected to your workspace.
         */
        post: operations["acs.systems.list"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/acs/systems/list_compatible_credential_manager_acs_systems": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List Compatible Credential Manager ACS Systems
         * @description Returns a list of all credential manager systems that are compatible with a specified [access system](https://docs.seam.co/low-level-apis/access-systems).
         *
         *     Specify the access system for which you want to retrieve all compatible credential manager systems by including the corresponding `acs_system_id` in the request body.
         */
        post: operations["acs.systems.list_compatible_credential_manager_acs_systems"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/acs/systems/report_devices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Report Devices
         * @description Reports ACS system device status including encoders and entrances.
         */
        post: operations["acs.systems.report_devices"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/acs/users/add_to_access_group": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add an ACS User to an Access Group
         * @description Adds a specified [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management) to a specified [access group](https://docs.seam.co/low-level-apis/access-systems/user-management/assigning-users-to-access-groups).
         */
        post: operations["acs.users.add_to_access_group"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/acs/users/create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an ACS User
         * @description Creates a new [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management).
         */
        post: operations["acs.users.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/acs/users/delete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Delete an ACS User
         * @description Deletes a specified [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management) and invalidates the access system user's [credentials](https://docs.seam.co/low-level-apis/access-systems/managing-credentials).
         */
        post: operations["acs.users.delete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/acs/users/get": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get an ACS User
         * @description Returns a specified [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management).
         */
        post: operations["acs.users.get"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/acs/users/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List ACS Users
         * @description Returns a list of all [access system users](https://docs.seam.co/low-level-apis/access-systems/user-management).
         */
        post: operations["acs.users.list"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/acs/users/list_accessible_entrances": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List ACS User-Accessible Entrances
         * @description Lists the [entrances](https://docs.seam.co/api/acs/entrances) to which a specified [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management) has access.
         */
        post: operations["acs.users.list_accessible_entrances"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/acs/users/remove_from_access_group": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Remove an ACS User from an Access Group
         * @description Removes a specified [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management) from a specified [access group](https://docs.seam.co/low-level-apis/access-systems/user-management/assigning-users-to-access-groups).
         */
        post: operations["acs.users.remove_from_access_group"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/acs/users/revoke_access_to_all_entrances": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke ACS User Access to All Entrances
         * @description Revokes access to all [entrances](https://docs.seam.co/api/acs/entrances) for a specified [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management).
         */
        post: operations["acs.users.revoke_access_to_all_entrances"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/acs/users/suspend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Suspend an ACS User
         * @description [Suspends](https://docs.seam.co/low-level-apis/access-systems/user-management/suspending-and-unsuspending-users#suspend-an-acs-user) a specified [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management). Suspending an access system user revokes their access temporarily. To restore an access system user's access, you can [unsuspend](https://docs.seam.co/api/acs/users/unsuspend) them.
         */
        post: operations["acs.users.suspend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/acs/users/unmanaged/get": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get an Unmanaged ACS User
         * @description Returns a specified unmanaged [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management).
         */
        post: operations["acs.users.unmanaged.get"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/acs/users/unmanaged/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List Unmanaged ACS Users
         * @description Returns a list of all unmanaged [access system users](https://docs.seam.co/low-level-apis/access-systems/user-management).
         */
        post: operations["acs.users.unmanaged.list"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/acs/users/unsuspend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Unsuspend an ACS User
         * @description [Unsuspends](https://docs.seam.co/low-level-apis/access-systems/user-management/suspending-and-unsuspending-users#unsuspend-an-acs-user) a specified suspended [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management). While [suspending an access system user](https://docs.seam.co/api/acs/users/suspend) revokes their access temporarily, unsuspending the access system user restores their access.
         */
        post: operations["acs.users.unsuspend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/acs/users/update": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Update an ACS User
         * @description Updates the properties of a specified [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management).
         */
        post: operations["acs.users.update"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description Group that defines the entrances to which a set of users has access and, in some cases, the access schedule for these entrances and users.
         *
         *     Some access control systems use [access group](https://docs.seam.co/low-level-apis/access-systems/user-management/assigning-users-to-access-groups), which are sets of users, combined with sets of permissions. These permissions include both the set of areas or assets that the users can access and the schedule during which the users can access these areas or assets. Instead of assigning access rights individually to each access control system user, which can be time-consuming and error-prone, administrators can assign users to an access group, thereby ensuring that the users inherit all the permissions associated with the access group. Using access groups streamlines the process of managing large numbers of access control system users, especially in bigger organizations or complexes.
         *
         *     To learn whether your access control system supports access groups, see the corresponding [system integration guide](https://docs.seam.co/device-and-system-integration-guides#access-control-systems).
         */
        acs_access_group: {
            /**
             * @deprecated
             * @description Deprecated: Use `external_type`.
             * @enum {string}
             */
            access_group_type: "pti_unit" | "pti_access_level" | "salto_ks_access_group" | "brivo_group" | "salto_space_group" | "dormakaba_community_access_group" | "dormakaba_ambiance_access_group" | "avigilon_alta_group" | "kisi_access_group";
            /**
             * @deprecated
             * @description Deprecated: Use `external_type_display_name`.
             */
            access_group_type_display_name: string;
            /** @description `starts_at` and `ends_at` timestamps for the access group's access. */
            access_schedule?: {
                /**
                 * Format: date-time
                 * @description Date and time at which the user's access ends, in [ISO 8601](https://www.iso.org/iso-8601-date-and-time-format.html) format.
                 */
                ends_at: string | null;
                /**
                 * Format: date-time
                 * @description Date and time at which the user's access starts, in [ISO 8601](https://www.iso.org/iso-8601-date-and-time-format.html) format.
                 */
                starts_at: string;
            };
            /**
             * Format: uuid
             * @description ID of the access group.
             */
            acs_access_group_id: string;
            /**
             * Format: uuid
             * @description ID of the access control system that contains the access group.
             */
            acs_system_id: string;
            /**
             * Format: uuid
             * @description ID of the connected account that contains the access group.
             */
            connected_account_id: string;
            /**
             * Format: date-time
             * @description Date and time at which the access group was created.
             */
            created_at: string;
            /** @description Display name for the access group. */
            display_name: string;
            /** @description Errors associated with the `acs_access_group`. */
            errors: {
                /**
                 * Format: date-time
                 * @description Date and time at which Seam created the error.
                 */
                created_at: string;
                /**
                 * @description Unique identifier of the type of error. Enables quick recognition and categorization of the issue.
                 * @enum {string}
                 */
                error_code: "failed_to_create_on_acs_system";
                /** @description Detailed description of the error. Provides insights into the issue and potentially how to rectify it. */
                message: string;
            }[];
            /**
             * @description Brand-specific terminology for the access group type.
             * @enum {string}
             */
            external_type: "pti_unit" | "pti_access_level" | "salto_ks_access_group" | "brivo_group" | "salto_space_group" | "dormakaba_community_access_group" | "dormakaba_ambiance_access_group" | "avigilon_alta_group" | "kisi_access_group";
            /** @description Display name that corresponds to the brand-specific terminology for the access group type. */
            external_type_display_name: string;
            /**
             * @description Indicates whether Seam manages the access group.
             * @enum {boolean}
             */
            is_managed: true;
            /** @description Name of the access group. */
            name: string;
            /** @description Collection of pending mutations for the access group. Represents operations that have been requested but not yet completed on the integrated access system. */
            pending_mutations: ({
                /**
                 * Format: date-time
                 * @description Date and time at which the mutation was created.
                 */
                created_at: string;
                /** @description Detailed description of the mutation. */
                message: string;
                /**
                 * @description Mutation code to indicate that Seam is in the process of pushing an access group creation to the integrated access system.
                 * @enum {string}
                 */
                mutation_code: "creating";
            } | {
                /**
                 * Format: date-time
                 * @description Date and time at which the mutation was created.
                 */
                created_at: string;
                /** @description Detailed description of the mutation. */
                message: string;
                /**
                 * @description Mutation code to indicate that Seam is in the process of pushing an access group deletion to the integrated access system.
                 * @enum {string}
                 */
                mutation_code: "deleting";
            } | {
                /**
                 * Format: date-time
                 * @description Date and time at which the mutation was created.
                 */
                created_at: string;
                /** @description Detailed description of the mutation. */
                message: string;
                /**
                 * @description Mutation code to indicate that this access group is scheduled for automatic deletion when its access window expires.
                 * @enum {string}
                 */
                mutation_code: "deferring_deletion";
            } | {
                /**
                 * Format: date-time
                 * @description Date and time at which the mutation was created.
                 */
                created_at: string;
                /** @description Old access group information. */
                from: {
                    /** @description Name of the access group. */
                    name?: string | null;
                };
                /** @description Detailed description of the mutation. */
                message: string;
                /**
                 * @description Mutation code to indicate that Seam is in the process of pushing updated access group information to the integrated access system.
                 * @enum {string}
                 */
                mutation_code: "updating_group_information";
                /** @description New access group information. */
                to: {
                    /** @description Name of the access group. */
                    name?: string | null;
                };
            } | {
                /**
                 * Format: date-time
                 * @description Date and time at which the mutation was created.
                 */
                created_at: string;
                /** @description Old access schedule information. */
                from: {
                    /**
                     * Format: date-time
                     * @description Ending time for the access schedule.
                     */
                    ends_at: string | null;
                    /**
                     * Format: date-time
                     * @description Starting time for the access schedule.
                     */
                    starts_at: string | null;
                };
                /** @description Detailed description of the mutation. */
                message: string;
                /**
                 * @description Mutation code to indicate that Seam is in the process of pushing updated access schedule information to the integrated access system.
                 * @enum {string}
                 */
                mutation_code: "updating_access_schedule";
                /** @description New access schedule information. */
                to: {
                    /**
                     * Format: date-time
                     * @description Ending time for the access schedule.
                     */
                    ends_at: string | null;
                    /**
                     * Format: date-time
                     * @description Starting time for the access schedule.
                     */
                    starts_at: string | null;
                };
            } | {
                /**
                 * Format: date-time
                 * @description Date and time at which the mutation was created.
                 */
                created_at: string;
                /** @description Old user membership. */
                from: {
                    /**
                     * Format: uuid
                     * @description Old user ID.
                     */
                    acs_user_id: string | null;
                };
                /** @description Detailed description of the mutation. */
                message: string;
                /**
                 * @description Mutation code to indicate that Seam is in the process of pushing updated user membership information to the integrated access system.
                 * @enum {string}
                 */
                mutation_code: "updating_user_membership";
                /** @description New user membership. */
                to: {
                    /**
                     * Format: uuid
                     * @description New user ID.
                     */
                    acs_user_id: string | null;
                };
            } | {
                /**
                 * Format: date-time
                 * @description Date and time at which the mutation was created.
                 */
                created_at: string;
                /** @description Old entrance membership. */
                from: {
                    /**
                     * Format: uuid
                     * @description Old entrance ID.
                     */
                    acs_entrance_id: string | null;
                };
                /** @description Detailed description of the mutation. */
                message: string;
                /**
                 * @description Mutation code to indicate that Seam is in the process of pushing updated entrance membership information to the integrated access system.
                 * @enum {string}
                 */
                mutation_code: "updating_entrance_membership";
                /** @description New entrance membership. */
                to: {
                    /**
                     * Format: uuid
                     * @description New entrance ID.
                     */
                    acs_entrance_id: string | null;
                };
            } | {
                /**
                 * Format: uuid
                 * @description ID of the user involved in the scheduled change.
                 */
                acs_user_id: string;
                /**
                 * Format: date-time
                 * @description Date and time at which the mutation was created.
                 */
                created_at: string;
                /** @description Detailed description of the mutation. */
                message: string;
                /**
                 * @description Mutation code to indicate that a scheduled user membership change is pending for this access group.
                 * @enum {string}
                 */
                mutation_code: "deferring_user_membership_update";
                /**
                 * @description Whether the user is scheduled to be added to or removed from this access group.
                 * @enum {string}
                 */
                variant: "adding" | "removing";
            })[];
            /** @description Warnings associated with the `acs_access_group`. */
            warnings: ({
                /**
                 * Format: date-time
                 * @description Date and time at which Seam created the warning.
                 */
                created_at: string;
                /** @description Detailed description of the warning. Provides insights into the issue and potentially how to rectify it. */
                message: string;
                /**
                 * @description Unique identifier of the type of warning. Enables quick recognition and categorization of the issue.
                 * @enum {string}
                 */
                warning_code: "unknown_issue_with_acs_access_group";
            } | {
                /**
                 * Format: date-time
                 * @description Date and time at which Seam created the warning.
                 */
                created_at: string;
                /** @description Detailed description of the warning. Provides insights into the issue and potentially how to rectify it. */
                message: string;
                /**
                 * @description Unique identifier of the type of warning. Enables quick recognition and categorization of the issue.
                 * @enum {string}
                 */
                warning_code: "being_deleted";
            })[];
            /**
             * Format: uuid
             * @description ID of the workspace that contains the access group.
             */
            workspace_id: string;
        };
        /**
         * @description Means by which an [access control system user](https://docs.seam.co/low-level-apis/access-systems/user-management) gains access at an [entrance](https://docs.seam.co/low-level-apis/access-systems/retrieving-entrance-details). The `acs_credential` object represents a [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) that provides an ACS user access within an [access control system](https://docs.seam.co/low-level-apis/access-systems).
         *
         *     An access control system generally uses digital means of access to authorize a user trying to get through a specific entrance. Examples of credentials include plastic key cards, mobile keys, biometric identifiers, and PIN codes. The electronic nature of these credentials, as well as the fact that access is centralized, enables both the rapid provisioning and rescinding of access and the ability to compile access audit logs.
         *
         *     For each `acs_credential`, you define the access method. You can also specify additional properties, such as a PIN code, depending on the credential type.
         *
         *     For granting a person access to a space, [Access Grants](https://docs.seam.co/use-cases/granting-access) are the default and recommended approach. Use the lower-level ACS credential API directly only when you specifically need to manage individual credentials.
         */
        acs_credential: {
            /**
             * @description Access method for the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials). Supported values: `code`, `card`, `mobile_key`, `cloud_key`.
             * @enum {string}
             */
            access_method: "code" | "card" | "mobile_key" | "cloud_key";
            /**
             * Format: uuid
             * @description ID of the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials).
             */
            acs_credential_id: string;
            /**
             * Format: uuid
             * @description ID of the credential pool to which the credential belongs.
             */
            acs_credential_pool_id?: string;
            /**
             * Format: uuid
             * @description ID of the [access control system](https://docs.seam.co/low-level-apis/access-systems) that contains the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials).
             */
            acs_system_id: string;
            /**
             * Format: uuid
             * @description ID of the [ACS user](https://docs.seam.co/low-level-apis/access-systems/user-management) to whom the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) belongs.
             */
            acs_user_id?: string;
            /** @description Vostio-specific metadata for the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials). */
            assa_abloy_vostio_metadata?: {
                /** @description Indicates whether the credential should auto-join. For an auto-join credential, Seam automatically issues an override card if there are no other cards and a joiner card if there are existing cards on the doors. */
                auto_join?: boolean;
                /** @description Names of the doors to which to grant access in the Vostio access system. */
                door_names?: string[];
                /** @description Endpoint ID in the Vostio access system. */
                endpoint_id?: string;
                /** @description Key ID in the Vostio access system. */
                key_id?: string;
                /** @description Key issuing request ID in the Vostio access system. */
                key_issuing_request_id?: string;
                /** @description IDs of the guest entrances to override in the Vostio access system. */
                override_guest_acs_entrance_ids?: string[];
            };
            /** @description Number of the card associated with the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials). */
            card_number?: string | null;
            /** @description Access (PIN) code for the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials). */
            code?: string | null;
            /**
             * Format: uuid
             * @description ID of the [connected account](https://docs.seam.co/core-concepts/connected-accounts) to which the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) belongs.
             */
            connected_account_id: string;
            /**
             * Format: date-time
             * @description Date and time at which the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) was created.
             */
            created_at: string;
            /** @description Display name that corresponds to the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) type. */
            display_name: string;
            /** @description Date and time at which the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) validity ends, in [ISO 8601](https://www.iso.org/iso-8601-date-and-time-format.html) format. Must be a time in the future and after `starts_at`. */
            ends_at?: string;
            /** @description Errors associated with the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials). */
            errors: {
                /**
                 * Format: date-time
                 * @description Date and time at which Seam created the error.
                 */
                created_at: string;
                error_code: string;
                message: string;
            }[];
            /**
             * @description Brand-specific terminology for the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) type. Supported values: `pti_card`, `brivo_credential`, `hid_credential`, `visionline_card`.
             * @enum {string}
             */
            external_type?: "pti_card" | "brivo_credential" | "hid_credential" | "visionline_card" | "salto_ks_credential" | "assa_abloy_vostio_key" | "salto_space_key" | "latch_access" | "dormakaba_ambiance_credential" | "hotek_card" | "salto_ks_tag" | "avigilon_alta_credential" | "kisi_credential";
            /** @description Display name that corresponds to the brand-specific terminology for the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) type. */
            external_type_display_name?: string;
            /** @description Indicates whether the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) has been encoded onto a card. */
            is_issued?: boolean;
            /** @description Indicates whether the latest state of the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) has been synced from Seam to the provider. */
            is_latest_desired_state_synced_with_provider?: boolean | null;
            /**
             * @description Indicates whether Seam manages the credential.
             * @enum {boolean}
             */
            is_managed: true;
            /** @description Indicates whether the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) is a [multi-phone sync credential](https://docs.seam.co/capability-guides/mobile-access/issuing-mobile-credentials-from-an-access-control-system#what-are-multi-phone-sync-credentials). */
            is_multi_phone_sync_credential?: boolean;
            /** @description Indicates whether the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) can only be used once. If `true`, the code becomes invalid after the first use. */
            is_one_time_use?: boolean;
            /**
             * Format: date-time
             * @description Date and time at which the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) was encoded onto a card.
             */
            issued_at?: string | null;
            /**
             * Format: date-time
             * @description Date and time at which the state of the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) was most recently synced from Seam to the provider.
             */
            latest_desired_state_synced_with_provider_at?: string | null;
            /**
             * Format: uuid
             * @description ID of the parent [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials).
             */
            parent_acs_credential_id?: string;
            /** @description Date and time at which the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) validity starts, in [ISO 8601](https://www.iso.org/iso-8601-date-and-time-format.html) format. */
            starts_at?: string;
            /**
             * Format: uuid
             * @description ID of the [user identity](https://docs.seam.co/api/user_identities) to whom the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) belongs.
             */
            user_identity_id?: string;
            /** @description Visionline-specific metadata for the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials). */
            visionline_metadata?: {
                /** @description Indicates whether the credential should auto-join. For an auto-join credential, Seam automatically issues an override card if there are no other cards and a joiner card if there are existing cards on the doors. */
                auto_join?: boolean;
                /**
                 * @description Card function type in the Visionline access system.
                 * @enum {string}
                 */
                card_function_type?: "guest" | "staff";
                /** @description ID of the card in the Visionline access system. */
                card_id?: string;
                /** @description Common entrance IDs in the Visionline access system. */
                common_acs_entrance_ids?: string[];
                /** @description ID of the credential in the Visionline access system. */
                credential_id?: string;
                /** @description Guest entrance IDs in the Visionline access system. */
                guest_acs_entrance_ids?: string[];
                /** @description Indicates whether the credential is valid. */
                is_valid?: boolean;
                /** @description IDs of the credentials to which you want to join. */
                joiner_acs_credential_ids?: string[];
            };
            /** @description Warnings associated with the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials). */
            warnings: ({
                /**
                 * Format: date-time
                 * @description Date and time at which Seam created the warning.
                 */
                created_at: string;
                /** @description Detailed description of the warning. Provides insights into the issue and potentially how to rectify it. */
                message: string;
                /**
                 * @description Unique identifier of the type of warning. Enables quick recognition and categorization of the issue.
                 * @enum {string}
                 */
                warning_code: "waiting_to_be_issued";
            } | {
                /**
                 * Format: date-time
                 * @description Date and time at which Seam created the warning.
                 */
                created_at: string;
                /** @description Detailed description of the warning. Provides insights into the issue and potentially how to rectify it. */
                message: string;
                /**
                 * @description Unique identifier of the type of warning. Enables quick recognition and categorization of the issue.
                 * @enum {string}
                 */
                warning_code: "schedule_externally_modified";
            } | {
                /**
                 * Format: date-time
                 * @description Date and time at which Seam created the warning.
                 */
                created_at: string;
                /** @description Detailed description of the warning. Provides insights into the issue and potentially how to rectify it. */
                message: string;
                /**
                 * @description Unique identifier of the type of warning. Enables quick recognition and categorization of the issue.
                 * @enum {string}
                 */
                warning_code: "schedule_modified";
            } | {
                /**
                 * Format: date-time
                 * @description Date and time at which Seam created the warning.
                 */
                created_at: string;
                /** @description Detailed description of the warning. Provides insights into the issue and potentially how to rectify it. */
                message: string;
                /**
                 * @description Unique identifier of the type of warning. Enables quick recognition and categorization of the issue.
                 * @enum {string}
                 */
                warning_code: "being_deleted";
            } | {
                /**
                 * Format: date-time
                 * @description Date and time at which Seam created the warning.
                 */
                created_at: string;
                /** @description Detailed description of the warning. Provides insights into the issue and potentially how to rectify it. */
                message: string;
                /**
                 * @description Unique identifier of the type of warning. Enables quick recognition and categorization of the issue.
                 * @enum {string}
                 */
                warning_code: "unknown_issue_with_acs_credential";
            } | {
                /**
                 * Format: date-time
                 * @description Date and time at which Seam created the warning.
                 */
                created_at: string;
                /** @description Detailed description of the warning. Provides insights into the issue and potentially how to rectify it. */
                message: string;
                /**
                 * @description Unique identifier of the type of warning. Enables quick recognition and categorization of the issue.
                 * @enum {string}
                 */
                warning_code: "needs_to_be_reissued";
            })[];
            /**
             * Format: uuid
             * @description ID of the workspace that contains the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials).
             */
            workspace_id: string;
        };
        /**
         * @deprecated
         * @description Deprecated: Not used.
         */
        acs_credential_pool: {
            /** Format: uuid */
            acs_credential_pool_id: string;
            /** Format: uuid */
            acs_system_id: string;
            /** Format: date-time */
            created_at: string;
            display_name: string;
            /** @enum {string} */
            external_type: "hid_part_number";
            external_type_display_name: string;
            /** Format: uuid */
            workspace_id: string;
        };
        /**
         * @deprecated
         * @description Deprecated: Not used.
         */
        acs_credential_provisioning_automation: {
            /** Format: uuid */
            acs_credential_provisioning_automation_id: string;
            /** Format: date-time */
            created_at: string;
            /** Format: uuid */
            credential_manager_acs_system_id: string;
            /** Format: uuid */
            user_identity_id: string;
            /** Format: uuid */
            workspace_id: string;
        };
        /**
         * @description Represents a hardware device that encodes [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) data onto physical cards within an [access control system](https://docs.seam.co/low-level-apis/access-systems).
         *
         *     Some access control systems require credentials to be encoded onto plastic key cards using a card encoder. This process involves the following two key steps:
         *
         *     1. Credential creation
         *        Configure the access parameters for the credential.
         *     2. Card encoding
         *        Write the credential data onto the card using a compatible card encoder.
         *
         *     Separately, the Seam API also supports card scanning, which enables you to scan and read the encoded data on a card. You can use this action to confirm consistency with access control system records or diagnose discrepancies if needed.
         *
         *      See [Working with Card Encoders and Scanners](https://docs.seam.co/low-level-apis/access-systems/working-with-card-encoders-and-scanners).
         *
         *     To verify if your access control system requires a card encoder, see the corresponding [system integration guide](https://docs.seam.co/device-and-system-integration-guides#access-control-systems).
         */
        acs_encoder: {
            /**
             * Format: uuid
             * @description ID of the [encoder](https://docs.seam.co/low-level-apis/access-systems/working-with-card-encoders-and-scanners).
             */
            acs_encoder_id: string;
            /**
             * Format: uuid
             * @description ID of the [access control system](https://docs.seam.co/low-level-apis/access-systems) that contains the [encoder](https://docs.seam.co/low-level-apis/access-systems/working-with-card-encoders-and-scanners).
             */
            acs_system_id: string;
            /**
             * Format: uuid
             * @description ID of the connected account that contains the [encoder](https://docs.seam.co/low-level-apis/access-systems/working-with-card-encoders-and-scanners).
             */
            connected_account_id: string;
            /**
             * Format: date-time
             * @description Date and time at which the [encoder](https://docs.seam.co/low-level-apis/access-systems/working-with-card-encoders-and-scanners) was created.
             */
            created_at: string;
            /** @description Display name for the [encoder](https://docs.seam.co/low-level-apis/access-systems/working-with-card-encoders-and-scanners). */
            display_name: string;
            /** @description Errors associated with the [encoder](https://docs.seam.co/low-level-apis/access-systems/working-with-card-encoders-and-scanners). */
            errors: {
                /**
                 * Format: date-time
                 * @description Date and time at which Seam created the error.
                 */
                created_at: string;
                /**
                 * @description Unique identifier of the type of error. Enables quick recognition and categorization of the issue.
                 * @enum {string}
                 */
                error_code: "acs_encoder_removed";
                /** @description Detailed description of the error. Provides insights into the issue and potentially how to rectify it. */
                message: string;
            }[];
            /**
             * Format: uuid
             * @description ID of the workspace that contains the [encoder](https://docs.seam.co/low-level-apis/access-systems/working-with-card-encoders-and-scanners).
             */
            workspace_id: string;
        };
        /**
         * @description Represents an [entrance](https://docs.seam.co/low-level-apis/access-systems/retrieving-entrance-details) within an [access control system](https://docs.seam.co/low-level-apis/access-systems).
         *
         *     In an access control system, an entrance is a secured door, gate, zone, or other method of entry. You can list details for all the `acs_entrance` resources in your workspace or get these details for a specific `acs_entrance`. You can also list all entrances associated with a specific credential, and you can list all credentials associated with a specific entrance.
         */
        acs_entrance: {
            /**
             * Format: uuid
             * @description ID of the [entrance](https://docs.seam.co/low-level-apis/access-systems/retrieving-entrance-details).
             */
            acs_entrance_id: string;
            /**
             * Format: uuid
             * @description ID of the [access control system](https://docs.seam.co/low-level-apis/access-systems) that contains the [entrance](https://docs.seam.co/low-level-apis/access-systems/retrieving-entrance-details).
             */
            acs_system_id: string;
            /** @description ASSA ABLOY Vostio-specific metadata associated with the [entrance](https://docs.seam.co/low-level-apis/access-systems/retrieving-entrance-details). */
            assa_abloy_vostio_metadata?: {
                /** @description Name of the door in the Vostio access system. */
                door_name?: string;
                /**
                 * Format: float
                 * @description Number of the door in the Vostio access system.
                 */
                door_number?: number;
                /**
                 * @description Type of the door in the Vostio access system.
                 * @enum {string}
                 */
                door_type?: "CommonDoor" | "EntranceDoor" | "GuestDoor" | "Elevator";
                /** @description PMS ID of the door in the Vostio access system. */
                pms_id?: string;
                /** @description Indicates whether keys are allowed to set the door in stand open mode in the Vostio access system. */
                stand_open?: boolean;
            };
            /** @description Avigilon Alta-specific metadata associated with the [entrance](https://docs.seam.co/low-level-apis/access-systems/retrieving-entrance-details). */
            avigilon_alta_metadata?: {
                /** @description Entry name for an Avigilon Alta system. */
                entry_name?: string;
                /**
                 * Format: float
                 * @description Total count of entry relays for an Avigilon Alta system.
                 */
                entry_relays_total_count?: number;
                /** @description Organization name for an Avigilon Alta system. */
                org_name?: string;
                /**
                 * Format: float
                 * @description Site ID for an Avigilon Alta system.
                 */
                site_id?: number;
                /** @description Site name for an Avigilon Alta system. */
                site_name?: string;
                /**
                 * Format: float
                 * @description Zone ID for an Avigilon Alta system.
                 */
                zone_id?: number;
                /** @description Zone name for an Avigilon Alta system. */
                zone_name?: string;
            };
            /** @description Brivo-specific metadata associated with the [entrance](https://docs.seam.co/low-level-apis/access-systems/retrieving-entrance-details). */
            brivo_metadata?: {
                /** @description ID of the access point in the Brivo access system. */
                access_point_id?: string;
                /**
                 * Format: float
                 * @description ID of the site that the access point belongs to.
                 */
                site_id?: number;
                /** @description Name of the site that the access point belongs to. */
                site_name?: string;
            };
            /** @description Indicates whether the ACS entrance can belong to a reservation via an access_grant.reservation_key. */
            can_belong_to_reservation?: boolean;
            /** @description Indicates whether the ACS entrance can be unlocked with card credentials. */
            can_unlock_with_card?: boolean;
            /** @description Indicates whether the ACS entrance can be unlocked with cloud key credentials. */
            can_unlock_with_cloud_key?: boolean;
            /** @description Indicates whether the ACS entrance can be unlocked with pin codes. */
            can_unlock_with_code?: boolean;
            /** @description Indicates whether the ACS entrance can be unlocked with mobile key credentials. */
            can_unlock_with_mobile_key?: boolean;
            /**
             * Format: uuid
             * @description ID of the [connected account](https://docs.seam.co/low-level-apis/access-systems/retrieving-entrance-details) associated with the [entrance](https://docs.seam.co/low-level-apis/access-systems/retrieving-entrance-details).
             */
            connected_account_id: string;
            /**
             * Format: date-time
             * @description Date and time at which the [entrance](https://docs.seam.co/low-level-apis/access-systems/retrieving-entrance-details) was created.
             */
            created_at: string;
            /** @description Display name for the [entrance](https://docs.seam.co/low-level-apis/access-systems/retrieving-entrance-details). */
            display_name: string;
            /** @description dormakaba Ambiance-specific metadata associated with the [entrance](https://docs.seam.co/low-level-apis/access-systems/retrieving-entrance-details). */
            dormakaba_ambiance_metadata?: {
                /** @description Name of the access point in the dormakaba Ambiance access system. */
                access_point_name?: string;
            };
            /** @description dormakaba Community-specific metadata associated with the [entrance](https://docs.seam.co/low-level-apis/access-systems/retrieving-entrance-details). */
            dormakaba_community_metadata?: {
                /** @description Type of access point profile in the dormakaba Community access system. */
                access_point_profile?: string;
            };
            /** @description Errors associated with the [entrance](https://docs.seam.co/low-level-apis/access-systems/retrieving-entrance-details). */
            errors: {
                /**
                 * Format: date-time
                 * @description Date and time at which Seam created the error.
                 */
                created_at: string;
                /** @description Unique identifier of the type of error. Enables quick recognition and categorization of the issue. */
                error_code: string;
                /** @description Detailed description of the error. Provides insights into the issue and potentially how to rectify it. */
                message: string;
            }[];
            /** @description Hotek-specific metadata associated with the [entrance](https://docs.seam.co/low-level-apis/access-systems/retrieving-entrance-details). */
            hotek_metadata?: {
                /** @description Display name of the entrance. */
                common_area_name?: string;
                /** @description Display name of the entrance. */
                common_area_number?: string;
                /** @description Room number of the entrance. */
                room_number?: string;
            };
            /** @description Indicates whether the [entrance](https://docs.seam.co/low-level-apis/access-systems/retrieving-entrance-details) is currently locked. */
            is_locked?: boolean;
            /** @description Latch-specific metadata associated with the [entrance](https://docs.seam.co/low-level-apis/access-systems/retrieving-entrance-details). */
            latch_metadata?: {
                /** @description Accessibility type in the Latch access system. */
                accessibility_type?: string;
                /** @description Name of the door in the Latch access system. */
                door_name?: string;
                /** @description Type of the door in the Latch access system. */
                door_type?: string;
                /** @description Indicates whether the entrance is connected. */
                is_connected?: boolean;
            };
            /** @description Salto KS-specific metadata associated with the [entrance](https://docs.seam.co/low-level-apis/access-systems/retrieving-entrance-details). */
            salto_ks_metadata?: {
                /** @description Battery level of the door access device. */
                battery_level?: string;
                /** @description Name of the door in the Salto KS access system. */
                door_name?: string;
                /** @description Indicates whether an intrusion alarm is active on the door. */
                intrusion_alarm?: boolean;
                /** @description Indicates whether the door is left open. */
                left_open_alarm?: boolean;
                /** @description Type of the lock in the Salto KS access system. */
                lock_type?: string;
                /** @description Locked state of the door in the Salto KS access system. */
                locked_state?: string;
                /** @description Indicates whether the door access device is online. */
                online?: boolean;
                /** @description Indicates whether privacy mode is enabled for the lock. */
                privacy_mode?: boolean;
            };
            /** @description Salto Space-specific metadata associated with the [entrance](https://docs.seam.co/low-level-apis/access-systems/retrieving-entrance-details). */
            salto_space_metadata?: {
                /** @description Indicates whether AuditOnKeys is enabled for the door in the Salto Space access system. */
                audit_on_keys?: boolean;
                /** @description Description of the door in the Salto Space access system. */
                door_description?: string;
                /** @description Door ID in the Salto Space access system. */
                door_id?: string;
                /** @description Name of the door in the Salto Space access system. */
                door_name?: string;
                /** @description Description of the room in the Salto Space access system. */
                room_description?: string;
                /** @description Name of the room in the Salto Space access system. */
                room_name?: string;
            };
            /** @description IDs of the spaces that the entrance is in. */
            space_ids: string[];
            /** @description Visionline-specific metadata associated with the [entrance](https://docs.seam.co/low-level-apis/access-systems/retrieving-entrance-details). */
            visionline_metadata?: {
                /**
                 * @description Category of the door in the Visionline access system.
                 * @enum {string}
                 */
                door_category?: "entrance" | "guest" | "elevator reader" | "common" | "common (PMS)";
                /** @description Name of the door in the Visionline access system. */
                door_name?: string;
                /** @description Profile for the door in the Visionline access system. */
                profiles?: {
                    /** @description Door profile ID in the Visionline access system. */
                    visionline_door_profile_id?: string;
                    /**
                     * @description Door profile type in the Visionline access system.
                     * @enum {string}
                     */
                    visionline_door_profile_type?: "BLE" | "commonDoor" | "touch";
                }[];
            };
            /** @description Warnings associated with the [entrance](https://docs.seam.co/low-level-apis/access-systems/retrieving-entrance-details). */
            warnings: ({
                /**
                 * Format: date-time
                 * @description Date and time at which Seam created the warning.
                 */
                created_at: string;
                /** @description Detailed description of the warning. Provides insights into the issue and potentially how to rectify it. */
                message: string;
                /**
                 * @description Unique identifier of the type of warning. Enables quick recognition and categorization of the issue.
                 * @enum {string}
                 */
                warning_code: "salto_ks_entrance_access_code_support_removed";
            } | {
                /**
                 * Format: date-time
                 * @description Date and time at which Seam created the warning.
                 */
                created_at: string;
                /** @description Detailed description of the warning. Provides insights into the issue and potentially how to rectify it. */
                message: string;
                /**
                 * @description Unique identifier of the type of warning. Enables quick recognition and categorization of the issue.
                 * @enum {string}
                 */
                warning_code: "entrance_shares_zone";
            } | {
                /**
                 * Format: date-time
                 * @description Date and time at which Seam created the warning.
                 */
                created_at: string;
                /** @description Detailed description of the warning. Provides insights into the issue and potentially how to rectify it. */
                message: string;
                /**
                 * @description Unique identifier of the type of warning. Enables quick recognition and categorization of the issue.
                 * @enum {string}
                 */
                warning_code: "entrance_setup_required";
            } | {
                /**
                 * Format: date-time
                 * @description Date and time at which Seam created the warning.
                 */
                created_at: string;
                /** @description Detailed description of the warning. Provides insights into the issue and potentially how to rectify it. */
                message: string;
                /**
                 * @description Unique identifier of the type of warning. Enables quick recognition and categorization of the issue.
                 * @enum {string}
                 */
                warning_code: "salto_ks_privacy_mode";
            } | {
                /**
                 * Format: date-time
                 * @description Date and time at which Seam created the warning.
                 */
                created_at: string;
                /** @description Detailed description of the warning. Provides insights into the issue and potentially how to rectify it. */
                message: string;
                /**
                 * @description Unique identifier of the type of warning. Enables quick recognition and categorization of the issue.
                 * @enum {string}
                 */
                warning_code: "privacy_mode";
            })[];
        };
        /**
         * @description Represents an [access control system](https://docs.seam.co/low-level-apis/access-systems).
         *
         *     Within an `acs_system`, create [`acs_user`s](https://docs.seam.co/api/acs/users/object) and [`acs_credential`s](https://docs.seam.co/api/acs/credentials/object) to grant access to the `acs_user`s.
         *
         *     For details about the resources associated with an access control system, see the [access control systems namespace](https://docs.seam.co/api/acs).
         */
        acs_system: {
            /**
             * Format: float
             * @description Number of access groups in the [access control system](https://docs.seam.co/low-level-apis/access-systems).
             */
            acs_access_group_count?: number;
            /**
             * Format: uuid
             * @description ID of the [access control system](https://docs.seam.co/low-level-apis/access-systems).
             */
            acs_system_id: string;
            /**
             * Format: float
             * @description Number of users in the [access control system](https://docs.seam.co/low-level-apis/access-systems).
             */
            acs_user_count?: number;
            /**
             * Format: uuid
             * @description ID of the connected account associated with the [access control system](https://docs.seam.co/low-level-apis/access-systems).
             */
            connected_account_id: string;
            /**
             * @deprecated
             * @description IDs of the [connected accounts](https://docs.seam.co/core-concepts/connected-accounts) associated with the [access control system](https://docs.seam.co/low-level-apis/access-systems).
             *
             *     Deprecated: Use `connected_account_id`.
             */
            connected_account_ids: string[];
            /**
             * Format: date-time
             * @description Date and time at which the [access control system](https://docs.seam.co/low-level-apis/access-systems) was created.
             */
            created_at: string;
            /**
             * Format: uuid
             * @description ID of the default credential manager `acs_system` for this [access control system](https://docs.seam.co/low-level-apis/access-systems).
             */
            default_credential_manager_acs_system_id?: string | null;
            /** @description Errors associated with the [access control system](https://docs.seam.co/low-level-apis/access-systems). */
            errors: ({
                /**
                 * Format: date-time
                 * @description Date and time at which Seam created the error.
                 */
                created_at: string;
                /**
                 * @description Unique identifier of the type of error. Enables quick recognition and categorization of the issue.
                 * @enum {string}
                 */
                error_code: "seam_bridge_disconnected";
                /** @description Detailed description of the error. Provides insights into the issue and potentially how to rectify it. */
                message: string;
            } | {
                /**
                 * Format: date-time
                 * @description Date and time at which Seam created the error.
                 */
                created_at: string;
                /**
                 * @description Unique identifier of the type of error. Enables quick recognition and categorization of the issue.
                 * @enum {string}
                 */
                error_code: "bridge_disconnected";
                /** @description Indicates whether the error is related to the [Seam Bridge](https://docs.seam.co/capability-guides/seam-bridge). */
                is_bridge_error?: boolean;
                /** @description Detailed description of the error. Provides insights into the issue and potentially how to rectify it. */
                message: string;
            } | {
                /**
                 * Format: date-time
                 * @description Date and time at which Seam created the error.
                 */
                created_at: string;
                /**
                 * @description Unique identifier of the type of error. Enables quick recognition and categorization of the issue.
                 * @enum {string}
                 */
                error_code: "visionline_instance_unreachable";
                /** @description Detailed description of the error. Provides insights into the issue and potentially how to rectify it. */
                message: string;
            } | {
                /**
                 * Format: date-time
                 * @description Date and time at which Seam created the error.
                 */
                created_at: string;
                /**
                 * @description Unique identifier of the type of error. Enables quick recognition and categorization of the issue.
                 * @enum {string}
                 */
                error_code: "salto_ks_subscription_limit_exceeded";
                /** @description Detailed description of the error. Provides insights into the issue and potentially how to rectify it. */
                message: string;
            } | {
                /**
                 * Format: date-time
                 * @description Date and time at which Seam created the error.
                 */
                created_at: string;
                /**
                 * @description Unique identifier of the type of error. Enables quick recognition and categorization of the issue.
                 * @enum {string}
                 */
                error_code: "acs_system_disconnected";
                /** @description Detailed description of the error. Provides insights into the issue and potentially how to rectify it. */
                message: string;
            } | {
                /**
                 * Format: date-time
                 * @description Date and time at which Seam created the error.
                 */
                created_at: string;
                /**
                 * @description Unique identifier of the type of error. Enables quick recognition and categorization of the issue.
                 * @enum {string}
                 */
                error_code: "account_disconnected";
                /** @description Detailed description of the error. Provides insights into the issue and potentially how to rectify it. */
                message: string;
            } | {
                /**
                 * Format: date-time
                 * @description Date and time at which Seam created the error.
                 */
                created_at: string;
                /**
                 * @description Unique identifier of the type of error. Enables quick recognition and categorization of the issue.
                 * @enum {string}
                 */
                error_code: "salto_ks_certification_expired";
                /** @description Detailed description of the error. Provides insights into the issue and potentially how to rectify it. */
                message: string;
            } | {
                /**
                 * Format: date-time
                 * @description Date and time at which Seam created the error.
                 */
                created_at: string;
                /**
                 * @description Unique identifier of the type of error. Enables quick recognition and categorization of the issue.
                 * @enum {string}
                 */
                error_code: "provider_service_unavailable";
                /** @description Detailed description of the error. Provides insights into the issue and potentially how to rectify it. */
                message: string;
            })[];
            /**
             * @description Brand-specific terminology for the [access control system](https://docs.seam.co/low-level-apis/access-systems) type.
             * @enum {string}
             */
            external_type?: "pti_site" | "avigilon_alta_org" | "salto_ks_site" | "salto_space_system" | "brivo_account" | "hid_credential_manager_organization" | "visionline_system" | "assa_abloy_credential_service" | "latch_building" | "dormakaba_community_site" | "dormakaba_ambiance_site" | "legic_connect_credential_service" | "assa_abloy_vostio" | "assa_abloy_vostio_credential_service" | "hotek_site" | "kisi_organization";
            /** @description Display name that corresponds to the brand-specific terminology for the [access control system](https://docs.seam.co/low-level-apis/access-systems) type. */
            external_type_display_name?: string;
            /** @description Alternative text for the [access control system](https://docs.seam.co/low-level-apis/access-systems) image. */
            image_alt_text: string;
            /** @description URL for the image that represents the [access control system](https://docs.seam.co/low-level-apis/access-systems). */
            image_url: string;
            /** @description Indicates whether the `acs_system` is a credential manager. */
            is_credential_manager: boolean;
            /** @description Location information for the [access control system](https://docs.seam.co/low-level-apis/access-systems). */
            location: {
                /** @description Time zone in which the [access control system](https://docs.seam.co/low-level-apis/access-systems) is located. */
                time_zone: string | null;
            };
            /** @description Name of the [access control system](https://docs.seam.co/low-level-apis/access-systems). */
            name: string;
            /**
             * @deprecated
             * @description Deprecated: Use `external_type`.
             * @enum {string}
             */
            system_type?: "pti_site" | "avigilon_alta_org" | "salto_ks_site" | "salto_space_system" | "brivo_account" | "hid_credential_manager_organization" | "visionline_system" | "assa_abloy_credential_service" | "latch_building" | "dormakaba_community_site" | "dormakaba_ambiance_site" | "legic_connect_credential_service" | "assa_abloy_vostio" | "assa_abloy_vostio_credential_service" | "hotek_site" | "kisi_organization";
            /**
             * @deprecated
             * @description Deprecated: Use `external_type_display_name`.
             */
            system_type_display_name?: string;
            /** @description Visionline-specific metadata for the [access control system](https://docs.seam.co/low-level-apis/access-systems). */
            visionline_metadata?: {
                /** @description IP address or hostname of the main Visionline server relative to [Seam Bridge](https://docs.seam.co/capability-guides/seam-bridge) on the local network. */
                lan_address?: string;
                /** @description Keyset loaded into a reader. Mobile keys and reader administration tools securely authenticate only with readers programmed with a matching keyset. */
                mobile_access_uuid?: string;
                /** @description Unique ID assigned by the ASSA ABLOY licensing team that identifies each hotel in your credential manager. */
                system_id?: string;
            };
            /** @description Warnings associated with the [access control system](https://docs.seam.co/low-level-apis/access-systems). */
            warnings: ({
                /**
                 * Format: date-time
                 * @description Date and time at which Seam created the warning.
                 */
                created_at: string;
                /** @description Detailed description of the warning. Provides insights into the issue and potentially how to rectify it. */
                message: string;
                /**
                 * @description Unique identifier of the type of warning. Enables quick recognition and categorization of the issue.
                 * @enum {string}
                 */
                warning_code: "salto_ks_subscription_limit_almost_reached";
            } | {
                /**
                 * Format: date-time
                 * @description Date and time at which Seam created the warning.
                 */
                created_at: string;
                /** @description Detailed description of the warning. Provides insights into the issue and potentially how to rectify it. */
                message: string;
                /**
                 * @deprecated
                 * @description Deprecated: this field is deprecated.
                 */
                misconfigured_acs_entrance_ids?: string[];
                /**
                 * @description Unique identifier of the type of warning. Enables quick recognition and categorization of the issue.
                 * @enum {string}
                 */
                warning_code: "time_zone_does_not_match_location";
            } | {
                /**
                 * Format: date-time
                 * @description Date and time at which Seam created the warning.
                 */
                created_at: string;
                /** @description Detailed description of the warning. Provides insights into the issue and potentially how to rectify it. */
                message: string;
                /**
                 * @description Unique identifier of the type of warning. Enables quick recognition and categorization of the issue.
                 * @enum {string}
                 */
                warning_code: "setup_required";
            })[];
            /**
             * Format: uuid
             * @description ID of the workspace that contains the [access control system](https://docs.seam.co/low-level-apis/access-systems).
             */
            workspace_id: string;
        };
        /**
         * @description Represents a [user](https://docs.seam.co/low-level-apis/access-systems/user-management) in an [access system](https://docs.seam.co/low-level-apis/access-systems).
         *
         *     An access system user typically refers to an individual who requires access, like an employee or resident. Each user can possess multiple credentials that serve as their keys or identifiers for access. The type of credential can vary widely. For example, in the Salto system, a user can have a PIN code, a mobile app account, and a fob. In other platforms, it is not uncommon for a user to have more than one of the same credential type, such as multiple key cards. Additionally, these credentials can have a schedule or validity period.
         *
         *     For details about how to configure users in your access system, see the corresponding [system integration guide](https://docs.seam.co/device-and-system-integration-guides#access-control-systems).
         */
        acs_user: {
            /** @description `starts_at` and `ends_at` timestamps for the [access system user's](https://docs.seam.co/low-level-apis/access-systems/user-management) access. */
            access_schedule?: {
                /**
                 * Format: date-time
                 * @description Date and time at which the user's access ends, in [ISO 8601](https://www.iso.org/iso-8601-date-and-time-format.html) format.
                 */
                ends_at: string | null;
                /**
                 * Format: date-time
                 * @description Date and time at which the user's access starts, in [ISO 8601](https://www.iso.org/iso-8601-date-and-time-format.html) format.
                 */
                starts_at: string;
            };
            /**
             * Format: uuid
             * @description ID of the [access system](https://docs.seam.co/low-level-apis/access-systems) that contains the [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management).
             */
            acs_system_id: string;
            /**
             * Format: uuid
             * @description ID of the [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management).
             */
            acs_user_id: string;
            /**
             * Format: uuid
             * @description The ID of the connected account that is associated with the [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management).
             */
            connected_account_id: string;
            /**
             * Format: date-time
             * @description Date and time at which the [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management) was created.
             */
            created_at: string;
            /** @description Display name for the [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management). */
            display_name: string;
            /**
             * Format: email
             * @deprecated
             * @description Deprecated: use email_address.
             */
            email?: string;
            /**
             * Format: email
             * @description Email address of the [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management).
             */
            email_address?: string;
            /** @description Errors associated with the [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management). */
            errors: ({
                /**
                 * Format: date-time
                 * @description Date and time at which Seam created the error.
                 */
                created_at: string;
                /** @enum {string} */
                error_code: "deleted_externally";
                /** @description Detailed description of the error. Provides insights into the issue and potentially how to rectify it. */
                message: string;
            } | {
                /**
                 * Format: date-time
                 * @description Date and time at which Seam created the error.
                 */
                created_at: string;
                /** @enum {string} */
                error_code: "salto_ks_subscription_limit_exceeded";
                /** @description Detailed description of the error. Provides insights into the issue and potentially how to rectify it. */
                message: string;
            } | {
                /**
                 * Format: date-time
                 * @description Date and time at which Seam created the error.
                 */
                created_at: string;
                /** @enum {string} */
                error_code: "failed_to_create_on_acs_system";
                /** @description Detailed description of the error. Provides insights into the issue and potentially how to rectify it. */
                message: string;
            } | {
                /**
                 * Format: date-time
                 * @description Date and time at which Seam created the error.
                 */
                created_at: string;
                /** @enum {string} */
                error_code: "failed_to_update_on_acs_system";
                /** @description Detailed description of the error. Provides insights into the issue and potentially how to rectify it. */
                message: string;
            } | {
                /**
                 * Format: date-time
                 * @description Date and time at which Seam created the error.
                 */
                created_at: string;
                /** @enum {string} */
                error_code: "failed_to_delete_on_acs_system";
                /** @description Detailed description of the error. Provides insights into the issue and potentially how to rectify it. */
                message: string;
            } | {
                /**
                 * Format: date-time
                 * @description Date and time at which Seam created the error.
                 */
                created_at: string;
                /** @enum {string} */
                error_code: "latch_conflict_with_resident_user";
                /** @description Detailed description of the error. Provides insights into the issue and potentially how to rectify it. */
                message: string;
            })[];
            /**
             * @description Brand-specific terminology for the [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management) type.
             * @enum {string}
             */
            external_type?: "pti_user" | "brivo_user" | "hid_credential_manager_user" | "salto_site_user" | "latch_user" | "dormakaba_community_user" | "salto_space_user" | "avigilon_alta_user" | "kisi_user";
            /** @description Display name that corresponds to the brand-specific terminology for the [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management) type. */
            external_type_display_name?: string;
            /** @description Full name of the [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management). */
            full_name?: string;
            /**
             * Format: uuid
             * @description ID of the HID access control system associated with the user.
             */
            hid_acs_system_id?: string;
            /**
             * @description Indicates whether Seam manages the access system user.
             * @enum {boolean}
             */
            is_managed: true;
            /** @description Indicates whether the [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management) is currently [suspended](https://docs.seam.co/low-level-apis/access-systems/user-management/suspending-and-unsuspending-users). */
            is_suspended?: boolean;
            /**
             * Format: date-time
             * @description The last time an internal sync job completed for this access system user.
             */
            last_successful_sync_at: string | null;
            /** @description Pending mutations associated with the [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management). Seam is in the process of pushing these mutations to the integrated access system. */
            pending_mutations?: ({
                /**
                 * Format: date-time
                 * @description Date and time at which the mutation was created.
                 */
                created_at: string;
                /** @description Detailed description of the mutation. */
                message: string;
                /**
                 * @description Mutation code to indicate that Seam is in the process of pushing a user creation to the integrated access system.
                 * @enum {string}
                 */
                mutation_code: "creating";
            } | {
                /**
                 * Format: date-time
                 * @description Date and time at which the mutation was created.
                 */
                created_at: string;
                /** @description Detailed description of the mutation. */
                message: string;
                /**
                 * @description Mutation code to indicate that Seam is in the process of pushing a user deletion to the integrated access system.
                 * @enum {string}
                 */
                mutation_code: "deleting";
            } | {
                /**
                 * Format: date-time
                 * @description Date and time at which the mutation was created.
                 */
                created_at: string;
                /** @description Detailed description of the mutation. */
                message: string;
                /**
                 * @description Mutation code to indicate that Seam is intentionally deferring the creation of the user on the access control system until the appropriate time.
                 * @enum {string}
                 */
                mutation_code: "deferring_creation";
                /**
                 * Format: date-time
                 * @description Optional: When the user creation is scheduled to occur.
                 */
                scheduled_at?: string | null;
            } | {
                /**
                 * Format: date-time
                 * @description Date and time at which the mutation was created.
                 */
                created_at: string;
                /** @description Old access system user information. */
                from: {
                    /**
                     * Format: email
                     * @description Email address of the access system user.
                     */
                    email_address?: string | null;
                    /** @description Full name of the access system user. */
                    full_name?: string | null;
                    /** @description Phone number of the access system user. */
                    phone_number?: string | null;
                };
                /** @description Detailed description of the mutation. */
                message: string;
                /**
                 * @description Mutation code to indicate that Seam is in the process of pushing updated user information to the integrated access system.
                 * @enum {string}
                 */
                mutation_code: "updating_user_information";
                /** @description New access system user information. */
                to: {
                    /**
                     * Format: email
                     * @description Email address of the access system user.
                     */
                    email_address?: string | null;
                    /** @description Full name of the access system user. */
                    full_name?: string | null;
                    /** @description Phone number of the access system user. */
                    phone_number?: string | null;
                };
            } | {
                /**
                 * Format: date-time
                 * @description Date and time at which the mutation was created.
                 */
                created_at: string;
                /** @description Old access schedule information. */
                from: {
                    /**
                     * Format: date-time
                     * @description Starting time for the access schedule.
                     */
                    ends_at: string | null;
                    /**
                     * Format: date-time
                     * @description Starting time for the access schedule.
                     */
                    starts_at: string | null;
                };
                /** @description Detailed description of the mutation. */
                message: string;
                /**
                 * @description Mutation code to indicate that Seam is in the process of pushing updated access schedule information to the integrated access system.
                 * @enum {string}
                 */
                mutation_code: "updating_access_schedule";
                /** @description New access schedule information. */
                to: {
                    /**
                     * Format: date-time
                     * @description Starting time for the access schedule.
                     */
                    ends_at: string | null;
                    /**
                     * Format: date-time
                     * @description Starting time for the access schedule.
                     */
                    starts_at: string | null;
                };
            } | {
                /**
                 * Format: date-time
                 * @description Date and time at which the mutation was created.
                 */
                created_at: string;
                /** @description Old user suspension state information. */
                from: {
                    is_suspended: boolean;
                };
                /** @description Detailed description of the mutation. */
                message: string;
                /**
                 * @description Mutation code to indicate that Seam is in the process of pushing updated user suspension state information to the integrated access system.
                 * @enum {string}
                 */
                mutation_code: "updating_suspension_state";
                /** @description New user suspension state information. */
                to: {
                    is_suspended: boolean;
                };
            } | {
                /**
                 * Format: date-time
                 * @description Date and time at which the mutation was created.
                 */
                created_at: string;
                /** @description Old access group membership. */
                from: {
                    /**
                     * Format: uuid
                     * @description Old access group ID.
                     */
                    acs_access_group_id: string | null;
                };
                /** @description Detailed description of the mutation. */
                message: string;
                /**
                 * @description Mutation code to indicate that Seam is in the process of pushing updated access group membership information to the integrated access system.
                 * @enum {string}
                 */
                mutation_code: "updating_group_membership";
                /** @description New access group membership. */
                to: {
                    /**
                     * Format: uuid
                     * @description New access group ID.
                     */
                    acs_access_group_id: string | null;
                };
            } | {
                /**
                 * Format: uuid
                 * @description ID of the access group involved in the scheduled change.
                 */
                acs_access_group_id: string;
                /**
                 * Format: date-time
                 * @description Date and time at which the mutation was created.
                 */
                created_at: string;
                /** @description Detailed description of the mutation. */
                message: string;
                /**
                 * @description Mutation code to indicate that a scheduled access group membership change is pending for this user.
                 * @enum {string}
                 */
                mutation_code: "deferring_group_membership_update";
                /**
                 * @description Whether the user is scheduled to be added to or removed from the access group.
                 * @enum {string}
                 */
                variant: "adding" | "removing";
            } | {
                /**
                 * Format: date-time
                 * @description Date and time at which the mutation was created.
                 */
                created_at: string;
                /** @description Previous credential assignment. */
                from: {
                    /**
                     * Format: uuid
                     * @description Previous credential ID.
                     */
                    acs_credential_id: string | null;
                };
                /** @description Detailed description of the mutation. */
                message: string;
                /**
                 * @description Mutation code to indicate that Seam is in the process of assigning or unassigning a credential to the user on the integrated access system.
                 * @enum {string}
                 */
                mutation_code: "updating_credential_assignment";
                /** @description New credential assignment. */
                to: {
                    /**
                     * Format: uuid
                     * @description New credential ID.
                     */
                    acs_credential_id: string | null;
                };
            })[];
            /** @description Phone number of the [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management) in E.164 format (for example, `+15555550100`). */
            phone_number?: string;
            /** @description Salto KS-specific metadata associated with the [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management). */
            salto_ks_metadata?: {
                /** @description Indicates whether the user holds an active subscription slot on the Salto KS site. Only subscribed users can unlock doors and count against the site's user-subscription limit. A user may not be subscribed because their access schedule has not started or has ended, the site has reached its subscription limit, or they were manually unsubscribed. This is distinct from `is_suspended`, which reflects whether the user has been explicitly blocked. */
                is_subscribed?: boolean;
            };
            /** @description Salto Space-specific metadata associated with the [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management). */
            salto_space_metadata?: {
                /** @description Indicates whether AuditOpenings is enabled for the user in the Salto Space access system. */
                audit_openings?: boolean;
                /** @description User ID in the Salto Space access system. */
                user_id?: string;
            };
            /** @description Email address of the user identity associated with the [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management). */
            user_identity_email_address?: string | null;
            /** @description Full name of the user identity associated with the [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management). */
            user_identity_full_name?: string | null;
            /** @description ID of the user identity associated with the [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management). */
            user_identity_id?: string;
            /** @description Phone number of the user identity associated with the [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management) in E.164 format (for example, `+15555550100`). */
            user_identity_phone_number?: string | null;
            /** @description Warnings associated with the [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management). */
            warnings: ({
                /**
                 * Format: date-time
                 * @description Date and time at which Seam created the warning.
                 */
                created_at: string;
                /** @description Detailed description of the warning. Provides insights into the issue and potentially how to rectify it. */
                message: string;
                /** @enum {string} */
                warning_code: "being_deleted";
            } | {
                /**
                 * Format: date-time
                 * @description Date and time at which Seam created the warning.
                 */
                created_at: string;
                /** @description Detailed description of the warning. Provides insights into the issue and potentially how to rectify it. */
                message: string;
                /** @enum {string} */
                warning_code: "salto_ks_user_not_subscribed";
            } | {
                /**
                 * Format: date-time
                 * @description Date and time at which Seam created the warning.
                 */
                created_at: string;
                /** @description Detailed description of the warning. Provides insights into the issue and potentially how to rectify it. */
                message: string;
                /** @enum {string} */
                warning_code: "acs_user_inactive";
            } | {
                /**
                 * Format: date-time
                 * @description Date and time at which Seam created the warning.
                 */
                created_at: string;
                /** @description Detailed description of the warning. Provides insights into the issue and potentially how to rectify it. */
                message: string;
                /** @enum {string} */
                warning_code: "unknown_issue_with_acs_user";
            } | {
                /**
                 * Format: date-time
                 * @description Date and time at which Seam created the warning.
                 */
                created_at: string;
                /** @description Detailed description of the warning. Provides insights into the issue and potentially how to rectify it. */
                message: string;
                /** @enum {string} */
                warning_code: "latch_resident_user";
            })[];
            /**
             * Format: uuid
             * @description ID of the workspace that contains the [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management).
             */
            workspace_id: string;
        };
        /**
         * @description Represents an action attempt that enables you to keep track of the progress of your action that affects a physical device or system.actions against a device. Action attempts are useful because the physical world is intrinsically asynchronous.
         *
         *     When you request for a device to perform an action, the Seam API immediately returns an action attempt object. In the background, the Seam API performs the action.
         *
         *     See also [Action Attempts](https://docs.seam.co/core-concepts/action-attempts).
         */
        action_attempt: {
            /**
             * Format: uuid
             * @description ID of the action attempt.
             */
            action_attempt_id: string;
            /**
             * @description Action attempt to track the status of locking a door.
             * @enum {string}
             */
            action_type: "LOCK_DOOR";
            /** @description Errors associated with the action attempt. Null for pending action attempts. */
            error: unknown;
            /** @description Result of the action attempt. Null for pending action attempts. */
            result: unknown;
            /** @enum {string} */
            status: "pending";
        } | {
            /**
             * Format: uuid
             * @description ID of the action attempt.
             */
            action_attempt_id: string;
            /**
             * @description Action attempt to track the status of locking a door.
             * @enum {string}
             */
            action_type: "LOCK_DOOR";
            /** @description Errors associated with the action attempt. Null for successful action attempts. */
            error: unknown;
            /** @description Result of the action. */
            result: {
                /** @description Indicates whether the device confirmed that the lock action occurred. */
                was_confirmed_by_device?: boolean;
            };
            /** @enum {string} */
            status: "success";
        } | {
            /**
             * Format: uuid
             * @description ID of the action attempt.
             */
            action_attempt_id: string;
            /**
             * @description Action attempt to track the status of locking a door.
             * @enum {string}
             */
            action_type: "LOCK_DOOR";
            /** @description Error associated with the action. */
            error: {
                /** @description Detailed description of the error. Provides insights into the issue and potentially how to rectify it. */
                message: string;
                /** @description Type of the error. */
                type: string;
            };
            /** @description Result of the action attempt. Null for failed action attempts. */
            result: unknown;
            /** @enum {string} */
            status: "error";
        } | {
            /**
             * Format: uuid
             * @description ID of the action attempt.
             */
            action_attempt_id: string;
            /**
             * @description Action attempt to track the status of unlocking a door.
             * @enum {string}
             */
            action_type: "UNLOCK_DOOR";
            /** @description Errors associated with the action attempt. Null for pending action attempts. */
            error: unknown;
            /** @description Result of the action attempt. Null for pending action attempts. */
            result: unknown;
            /** @enum {string} */
            status: "pending";
        } | {
            /**
             * Format: uuid
             * @description ID of the action attempt.
             */
            action_attempt_id: string;
            /**
             * @description Action attempt to track the status of unlocking a door.
             * @enum {string}
             */
            action_type: "UNLOCK_DOOR";
            /** @description Errors associated with the action attempt. Null for successful action attempts. */
            error: unknown;
            /** @description Result of the action. */
            result: {
                /** @description Indicates whether the device confirmed that the unlock action occurred. */
                was_confirmed_by_device?: boolean;
            };
            /** @enum {string} */
            status: "success";
        } | {
            /**
             * Format: uuid
             * @description ID of the action attempt.
             */
            action_attempt_id: string;
            /**
             * @description Action attempt to track the status of unlocking a door.
             * @enum {string}
             */
            action_type: "UNLOCK_DOOR";
            /** @description Error associated with the action. */
            error: {
                /** @description Detailed description of the error. Provides insights into the issue and potentially how to rectify it. */
                message: string;
                /** @description Type of the error. */
                type: string;
            };
            /** @description Result of the action attempt. Null for failed action attempts. */
            result: unknown;
            /** @enum {string} */
            status: "error";
        } | {
            /**
             * Format: uuid
             * @description ID of the action attempt.
             */
            action_attempt_id: string;
            /**
             * @description Action attempt to track the status of scanning a credential.
             * @enum {string}
             */
            action_type: "SCAN_CREDENTIAL";
            /** @description Errors associated with the action attempt. Null for pending action attempts. */
            error: unknown;
            /** @description Result of the action attempt. Null for pending action attempts. */
            result: unknown;
            /** @enum {string} */
            status: "pending";
        } | {
            /**
             * Format: uuid
             * @description ID of the action attempt.
             */
            action_attempt_id: string;
            /**
             * @description Action attempt to track the status of scanning a credential.
             * @enum {string}
             */
            action_type: "SCAN_CREDENTIAL";
            /** @description Errors associated with the action attempt. Null for successful action attempts. */
            error: unknown;
            /** @description Result of scanning a card. If the attempt was successful, includes a snapshot of credential data read from the physical encoder, the corresponding data stored on Seam and the access system, and any associated warnings. */
            result: {
                /** @description Snapshot of credential data read from the physical encoder. */
                acs_credential_on_encoder: {
                    /** @description A number or string that physically identifies the card associated with the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials). */
                    card_number: string | null;
                    /**
                     * Format: date-time
                     * @description Date and time at which the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) was created.
                     */
                    created_at: string | null;
                    /**
                     * Format: date-time
                     * @description Date and time at which the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) will stop being usable.
                     */
                    ends_at: string | null;
                    /** @description Indicates whether the credential has been issued (encoded onto a card). */
                    is_issued: boolean | null;
                    /**
                     * Format: date-time
                     * @description Date and time at which the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) becomes usable.
                     */
                    starts_at: string | null;
                    /** @description Visionline-specific metadata for the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials). */
                    visionline_metadata?: {
                        /** @description Indicates whether the card associated with the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) is cancelled. */
                        cancelled?: boolean;
                        /**
                         * @description Format of the card associated with the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials).
                         * @enum {string}
                         */
                        card_format?: "TLCode" | "rfid48";
                        /** @description Holder of the card associated with the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials). */
                        card_holder?: string;
                        /** @description Card ID for the Visionline card associated with the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials). */
                        card_id?: string;
                        /** @description IDs of the common [entrances](https://docs.seam.co/low-level-apis/access-systems/retrieving-entrance-details) for the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials). */
                        common_acs_entrance_ids?: string[];
                        /** @description Indicates whether the card associated with the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) is discarded. */
                        discarded?: boolean;
                        /** @description Indicates whether the card associated with the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) is expired. */
                        expired?: boolean;
                        /** @description IDs of the guest [entrances](https://docs.seam.co/low-level-apis/access-systems/retrieving-entrance-details) for the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials). */
                        guest_acs_entrance_ids?: string[];
                        /**
                         * Format: float
                         * @description Number of issued cards associated with the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials).
                         */
                        number_of_issued_cards?: number;
                        /** @description Indicates whether the card associated with the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) is overridden. */
                        overridden?: boolean;
                        /** @description Indicates whether the card associated with the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) is overwritten. */
                        overwritten?: boolean;
                        /** @description Indicates whether the card associated with the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) is pending auto-update. */
                        pending_auto_update?: boolean;
                    };
                } | null;
                /** @description Corresponding credential data as stored on Seam and the access system. */
                acs_credential_on_seam: {
                    /**
                     * @description Access method for the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials). Supported values: `code`, `card`, `mobile_key`, `cloud_key`.
                     * @enum {string}
                     */
                    access_method: "code" | "card" | "mobile_key" | "cloud_key";
                    /**
                     * Format: uuid
                     * @description ID of the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials).
                     */
                    acs_credential_id: string;
                    /**
                     * Format: uuid
                     * @description ID of the credential pool to which the credential belongs.
                     */
                    acs_credential_pool_id?: string;
                    /**
                     * Format: uuid
                     * @description ID of the [access control system](https://docs.seam.co/low-level-apis/access-systems) that contains the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials).
                     */
                    acs_system_id: string;
                    /**
                     * Format: uuid
                     * @description ID of the [ACS user](https://docs.seam.co/low-level-apis/access-systems/user-management) to whom the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) belongs.
                     */
                    acs_user_id?: string;
                    /** @description Vostio-specific metadata for the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials). */
                    assa_abloy_vostio_metadata?: {
                        /** @description Indicates whether the credential should auto-join. For an auto-join credential, Seam automatically issues an override card if there are no other cards and a joiner card if there are existing cards on the doors. */
                        auto_join?: boolean;
                        /** @description Names of the doors to which to grant access in the Vostio access system. */
                        door_names?: string[];
                        /** @description Endpoint ID in the Vostio access system. */
                        endpoint_id?: string;
                        /** @description Key ID in the Vostio access system. */
                        key_id?: string;
                        /** @description Key issuing request ID in the Vostio access system. */
                        key_issuing_request_id?: string;
                        /** @description IDs of the guest entrances to override in the Vostio access system. */
                        override_guest_acs_entrance_ids?: string[];
                    };
                    /** @description Number of the card associated with the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials). */
                    card_number?: string | null;
                    /** @description Access (PIN) code for the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials). */
                    code?: string | null;
                    /**
                     * Format: uuid
                     * @description ID of the [connected account](https://docs.seam.co/core-concepts/connected-accounts) to which the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) belongs.
                     */
                    connected_account_id: string;
                    /**
                     * Format: date-time
                     * @description Date and time at which the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) was created.
                     */
                    created_at: string;
                    /** @description Display name that corresponds to the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) type. */
                    display_name: string;
                    /** @description Date and time at which the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) validity ends, in [ISO 8601](https://www.iso.org/iso-8601-date-and-time-format.html) format. Must be a time in the future and after `starts_at`. */
                    ends_at?: string;
                    /** @description Errors associated with the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials). */
                    errors: {
                        /**
                         * Format: date-time
                         * @description Date and time at which Seam created the error.
                         */
                        created_at: string;
                        error_code: string;
                        message: string;
                    }[];
                    /**
                     * @description Brand-specific terminology for the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) type. Supported values: `pti_card`, `brivo_credential`, `hid_credential`, `visionline_card`.
                     * @enum {string}
                     */
                    external_type?: "pti_card" | "brivo_credential" | "hid_credential" | "visionline_card" | "salto_ks_credential" | "assa_abloy_vostio_key" | "salto_space_key" | "latch_access" | "dormakaba_ambiance_credential" | "hotek_card" | "salto_ks_tag" | "avigilon_alta_credential" | "kisi_credential";
                    /** @description Display name that corresponds to the brand-specific terminology for the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) type. */
                    external_type_display_name?: string;
                    /** @description Indicates whether the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) has been encoded onto a card. */
                    is_issued?: boolean;
                    /** @description Indicates whether the latest state of the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) has been synced from Seam to the provider. */
                    is_latest_desired_state_synced_with_provider?: boolean | null;
                    /**
                     * @description Indicates whether Seam manages the credential.
                     * @enum {boolean}
                     */
                    is_managed: true;
                    /** @description Indicates whether the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) is a [multi-phone sync credential](https://docs.seam.co/capability-guides/mobile-access/issuing-mobile-credentials-from-an-access-control-system#what-are-multi-phone-sync-credentials). */
                    is_multi_phone_sync_credential?: boolean;
                    /** @description Indicates whether the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) can only be used once. If `true`, the code becomes invalid after the first use. */
                    is_one_time_use?: boolean;
                    /**
                     * Format: date-time
                     * @description Date and time at which the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) was encoded onto a card.
                     */
                    issued_at?: string | null;
                    /**
                     * Format: date-time
                     * @description Date and time at which the state of the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) was most recently synced from Seam to the provider.
                     */
                    latest_desired_state_synced_with_provider_at?: string | null;
                    /**
                     * Format: uuid
                     * @description ID of the parent [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials).
                     */
                    parent_acs_credential_id?: string;
                    /** @description Date and time at which the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) validity starts, in [ISO 8601](https://www.iso.org/iso-8601-date-and-time-format.html) format. */
                    starts_at?: string;
                    /**
                     * Format: uuid
                     * @description ID of the [user identity](https://docs.seam.co/api/user_identities) to whom the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) belongs.
                     */
                    user_identity_id?: string;
                    /** @description Visionline-specific metadata for the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials). */
                    visionline_metadata?: {
                        /** @description Indicates whether the credential should auto-join. For an auto-join credential, Seam automatically issues an override card if there are no other cards and a joiner card if there are existing cards on the doors. */
                        auto_join?: boolean;
                        /**
                         * @description Card function type in the Visionline access system.
                         * @enum {string}
                         */
                        card_function_type?: "guest" | "staff";
                        /** @description ID of the card in the Visionline access system. */
                        card_id?: string;
                        /** @description Common entrance IDs in the Visionline access system. */
                        common_acs_entrance_ids?: string[];
                        /** @description ID of the credential in the Visionline access system. */
                        credential_id?: string;
                        /** @description Guest entrance IDs in the Visionline access system. */
                        guest_acs_entrance_ids?: string[];
                        /** @description Indicates whether the credential is valid. */
                        is_valid?: boolean;
                        /** @description IDs of the credentials to which you want to join. */
                        joiner_acs_credential_ids?: string[];
                    };
                    /** @description Warnings associated with the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials). */
                    warnings: ({
                        /**
                         * Format: date-time
                         * @description Date and time at which Seam created the warning.
                         */
                        created_at: string;
                        /** @description Detailed description of the warning. Provides insights into the issue and potentially how to rectify it. */
                        message: string;
                        /**
                         * @description Unique identifier of the type of warning. Enables quick recognition and categorization of the issue.
                         * @enum {string}
                         */
                        warning_code: "waiting_to_be_issued";
                    } | {
                        /**
                         * Format: date-time
                         * @description Date and time at which Seam created the warning.
                         */
                        created_at: string;
                        /** @description Detailed description of the warning. Provides insights into the issue and potentially how to rectify it. */
                        message: string;
                        /**
                         * @description Unique identifier of the type of warning. Enables quick recognition and categorization of the issue.
                         * @enum {string}
                         */
                        warning_code: "schedule_externally_modified";
                    } | {
                        /**
                         * Format: date-time
                         * @description Date and time at which Seam created the warning.
                         */
                        created_at: string;
                        /** @description Detailed description of the warning. Provides insights into the issue and potentially how to rectify it. */
                        message: string;
                        /**
                         * @description Unique identifier of the type of warning. Enables quick recognition and categorization of the issue.
                         * @enum {string}
                         */
                        warning_code: "schedule_modified";
                    } | {
                        /**
                         * Format: date-time
                         * @description Date and time at which Seam created the warning.
                         */
                        created_at: string;
                        /** @description Detailed description of the warning. Provides insights into the issue and potentially how to rectify it. */
                        message: string;
                        /**
                         * @description Unique identifier of the type of warning. Enables quick recognition and categorization of the issue.
                         * @enum {string}
                         */
                        warning_code: "being_deleted";
                    } | {
                        /**
                         * Format: date-time
                         * @description Date and time at which Seam created the warning.
                         */
                        created_at: string;
                        /** @description Detailed description of the warning. Provides insights into the issue and potentially how to rectify it. */
                        message: string;
                        /**
                         * @description Unique identifier of the type of warning. Enables quick recognition and categorization of the issue.
                         * @enum {string}
                         */
                        warning_code: "unknown_issue_with_acs_credential";
                    } | {
                        /**
                         * Format: date-time
                         * @description Date and time at which Seam created the warning.
                         */
                        created_at: string;
                        /** @description Detailed description of the warning. Provides insights into the issue and potentially how to rectify it. */
                        message: string;
                        /**
                         * @description Unique identifier of the type of warning. Enables quick recognition and categorization of the issue.
                         * @enum {string}
                         */
                        warning_code: "needs_to_be_reissued";
                    })[];
                    /**
                     * Format: uuid
                     * @description ID of the workspace that contains the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials).
                     */
                    workspace_id: string;
                } | {
                    /**
                     * @description Access method for the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials). Supported values: `code`, `card`, `mobile_key`, `cloud_key`.
                     * @enum {string}
                     */
                    access_method: "code" | "card" | "mobile_key" | "cloud_key";
                    /**
                     * Format: uuid
                     * @description ID of the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials).
                     */
                    acs_credential_id: string;
                    /**
                     * Format: uuid
                     * @description ID of the credential pool to which the credential belongs.
                     */
                    acs_credential_pool_id?: string;
                    /**
                     * Format: uuid
                     * @description ID of the [access control system](https://docs.seam.co/low-level-apis/access-systems) that contains the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials).
                     */
                    acs_system_id: string;
                    /**
                     * Format: uuid
                     * @description ID of the [ACS user](https://docs.seam.co/low-level-apis/access-systems/user-management) to whom the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) belongs.
                     */
                    acs_user_id?: string;
                    /** @description Vostio-specific metadata for the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials). */
                    assa_abloy_vostio_metadata?: {
                        /** @description Indicates whether the credential should auto-join. For an auto-join credential, Seam automatically issues an override card if there are no other cards and a joiner card if there are existing cards on the doors. */
                        auto_join?: boolean;
                        /** @description Names of the doors to which to grant access in the Vostio access system. */
                        door_names?: string[];
                        /** @description Endpoint ID in the Vostio access system. */
                        endpoint_id?: string;
                        /** @description Key ID in the Vostio access system. */
                        key_id?: string;
                        /** @description Key issuing request ID in the Vostio access system. */
                        key_issuing_request_id?: string;
                        /** @description IDs of the guest entrances to override in the Vostio access system. */
                        override_guest_acs_entrance_ids?: string[];
                    };
                    /** @description Number of the card associated with the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials). */
                    card_number?: string | null;
                    /** @description Access (PIN) code for the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials). */
                    code?: string | null;
                    /**
                     * Format: uuid
                     * @description ID of the [connected account](https://docs.seam.co/core-concepts/connected-accounts) to which the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) belongs.
                     */
                    connected_account_id: string;
                    /**
                     * Format: date-time
                     * @description Date and time at which the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) was created.
                     */
                    created_at: string;
                    /** @description Display name that corresponds to the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) type. */
                    display_name: string;
                    /** @description Date and time at which the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) validity ends, in [ISO 8601](https://www.iso.org/iso-8601-date-and-time-format.html) format. Must be a time in the future and after `starts_at`. */
                    ends_at?: string;
                    /** @description Errors associated with the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials). */
                    errors: {
                        /**
                         * Format: date-time
                         * @description Date and time at which Seam created the error.
                         */
                        created_at: string;
                        error_code: string;
                        message: string;
                    }[];
                    /**
                     * @description Brand-specific terminology for the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) type. Supported values: `pti_card`, `brivo_credential`, `hid_credential`, `visionline_card`.
                     * @enum {string}
                     */
                    external_type?: "pti_card" | "brivo_credential" | "hid_credential" | "visionline_card" | "salto_ks_credential" | "assa_abloy_vostio_key" | "salto_space_key" | "latch_access" | "dormakaba_ambiance_credential" | "hotek_card" | "salto_ks_tag" | "avigilon_alta_credential" | "kisi_credential";
                    /** @description Display name that corresponds to the brand-specific terminology for the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) type. */
                    external_type_display_name?: string;
                    /** @description Indicates whether the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) has been encoded onto a card. */
                    is_issued?: boolean;
                    /** @description Indicates whether the latest state of the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) has been synced from Seam to the provider. */
                    is_latest_desired_state_synced_with_provider?: boolean | null;
                    /** @enum {boolean} */
                    is_managed: false;
                    /** @description Indicates whether the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) is a [multi-phone sync credential](https://docs.seam.co/capability-guides/mobile-access/issuing-mobile-credentials-from-an-access-control-system#what-are-multi-phone-sync-credentials). */
                    is_multi_phone_sync_credential?: boolean;
                    /** @description Indicates whether the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) can only be used once. If `true`, the code becomes invalid after the first use. */
                    is_one_time_use?: boolean;
                    /**
                     * Format: date-time
                     * @description Date and time at which the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) was encoded onto a card.
                     */
                    issued_at?: string | null;
                    /**
                     * Format: date-time
                     * @description Date and time at which the state of the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) was most recently synced from Seam to the provider.
                     */
                    latest_desired_state_synced_with_provider_at?: string | null;
                    /**
                     * Format: uuid
                     * @description ID of the parent [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials).
                     */
                    parent_acs_credential_id?: string;
                    /** @description Date and time at which the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) validity starts, in [ISO 8601](https://www.iso.org/iso-8601-date-and-time-format.html) format. */
                    starts_at?: string;
                    /**
                     * Format: uuid
                     * @description ID of the [user identity](https://docs.seam.co/api/user_identities) to whom the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) belongs.
                     */
                    user_identity_id?: string;
                    /** @description Visionline-specific metadata for the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials). */
                    visionline_metadata?: {
                        /** @description Indicates whether the credential should auto-join. For an auto-join credential, Seam automatically issues an override card if there are no other cards and a joiner card if there are existing cards on the doors. */
                        auto_join?: boolean;
                        /**
                         * @description Card function type in the Visionline access system.
                         * @enum {string}
                         */
                        card_function_type?: "guest" | "staff";
                        /** @description ID of the card in the Visionline access system. */
                        card_id?: string;
                        /** @description Common entrance IDs in the Visionline access system. */
                        common_acs_entrance_ids?: string[];
                        /** @description ID of the credential in the Visionline access system. */
                        credential_id?: string;
                        /** @description Guest entrance IDs in the Visionline access system. */
                        guest_acs_entrance_ids?: string[];
                        /** @description Indicates whether the credential is valid. */
                        is_valid?: boolean;
                        /** @description IDs of the credentials to which you want to join. */
                        joiner_acs_credential_ids?: string[];
                    };
                    /** @description Warnings associated with the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials). */
                    warnings: ({
                        /**
                         * Format: date-time
                         * @description Date and time at which Seam created the warning.
                         */
                        created_at: string;
                        /** @description Detailed description of the warning. Provides insights into the issue and potentially how to rectify it. */
                        message: string;
                        /**
                         * @description Unique identifier of the type of warning. Enables quick recognition and categorization of the issue.
                         * @enum {string}
                         */
                        warning_code: "waiting_to_be_issued";
                    } | {
                        /**
                         * Format: date-time
                         * @description Date and time at which Seam created the warning.
                         */
                        created_at: string;
                        /** @description Detailed description of the warning. Provides insights into the issue and potentially how to rectify it. */
                        message: string;
                        /**
                         * @description Unique identifier of the type of warning. Enables quick recognition and categorization of the issue.
                         * @enum {string}
                         */
                        warning_code: "schedule_externally_modified";
                    } | {
                        /**
                         * Format: date-time
                         * @description Date and time at which Seam created the warning.
                         */
                        created_at: string;
                        /** @description Detailed description of the warning. Provides insights into the issue and potentially how to rectify it. */
                        message: string;
                        /**
                         * @description Unique identifier of the type of warning. Enables quick recognition and categorization of the issue.
                         * @enum {string}
                         */
                        warning_code: "schedule_modified";
                    } | {
                        /**
                         * Format: date-time
                         * @description Date and time at which Seam created the warning.
                         */
                        created_at: string;
                        /** @description Detailed description of the warning. Provides insights into the issue and potentially how to rectify it. */
                        message: string;
                        /**
                         * @description Unique identifier of the type of warning. Enables quick recognition and categorization of the issue.
                         * @enum {string}
                         */
                        warning_code: "being_deleted";
                    } | {
                        /**
                         * Format: date-time
                         * @description Date and time at which Seam created the warning.
                         */
                        created_at: string;
                        /** @description Detailed description of the warning. Provides insights into the issue and potentially how to rectify it. */
                        message: string;
                        /**
                         * @description Unique identifier of the type of warning. Enables quick recognition and categorization of the issue.
                         * @enum {string}
                         */
                        warning_code: "unknown_issue_with_acs_credential";
                    } | {
                        /**
                         * Format: date-time
                         * @description Date and time at which Seam created the warning.
                         */
                        created_at: string;
                        /** @description Detailed description of the warning. Provides insights into the issue and potentially how to rectify it. */
                        message: string;
                        /**
                         * @description Unique identifier of the type of warning. Enables quick recognition and categorization of the issue.
                         * @enum {string}
                         */
                        warning_code: "needs_to_be_reissued";
                    })[];
                    /**
                     * Format: uuid
                     * @description ID of the workspace that contains the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials).
                     */
                    workspace_id: string;
                } | null;
                /** @description Warnings related to scanning the credential, such as mismatches between the credential data currently encoded on the card and the corresponding data stored on Seam and the access system. */
                warnings: {
                    /**
                     * @description Indicates a warning related to scanning a credential.
                     * @enum {string}
                     */
                    warning_code: "acs_credential_on_encoder_out_of_sync" | "acs_credential_on_seam_not_found";
                    /** @description Detailed description of the warning. Provides insights into the issue and potentially how to rectify it. */
                    warning_message: string;
                }[];
            };
            /** @enum {string} */
            status: "success";
        } | {
            /**
             * Format: uuid
             * @description ID of the action attempt.
             */
            action_attempt_id: string;
            /**
             * @description Action attempt to track the status of scanning a credential.
             * @enum {string}
             */
            action_type: "SCAN_CREDENTIAL";
            error: {
                /** @description Message for the error associated with the action attempt. */
                message: string;
                /**
                 * @description Type of the error associated with the action attempt.
                 * @enum {string}
                 */
                type: "uncategorized_error";
            } | {
                /** @description Message for the error associated with the action attempt. */
                message: string;
                /**
                 * @description Type of the error associated with the action attempt.
                 * @enum {string}
                 */
                type: "action_attempt_expired";
            } | {
                /** @description Detailed description of the error. Provides insights into the issue and potentially how to rectify it. */
                message: string;
                /**
                 * @description Error type to indicate that there is no credential on the encoder.
                 * @enum {string}
                 */
                type: "no_credential_on_encoder";
            } | {
                /** @description Detailed description of the error. Provides insights into the issue and potentially how to rectify it. */
                message: string;
                /**
                 * @description Error type to indicate that the encoder is not online.
                 * @enum {string}
                 */
                type: "encoder_not_online";
            } | {
                /** @description Detailed description of the error. Provides insights into the issue and potentially how to rectify it. */
                message: string;
                /**
                 * @description Error type to indicate that communication with the encoder timed out.
                 * @enum {string}
                 */
                type: "encoder_communication_timeout";
            } | {
                /** @description Detailed description of the error. Provides insights into the issue and potentially how to rectify it. */
                message: string;
                /**
                 * @description Error type to indicate that the Seam Bridge is disconnected or cannot reach the access control system.
                 * @enum {string}
                 */
                type: "bridge_disconnected";
            };
            /** @description Result of the action attempt. Null for failed action attempts. */
            result: unknown;
            /** @enum {string} */
            status: "error";
        } | {
            /**
             * Format: uuid
             * @description ID of the action attempt.
             */
            action_attempt_id: string;
            /**
             * @description Action attempt to track the status of encoding credential data from the physical encoder onto a card.
             * @enum {string}
             */
            action_type: "ENCODE_CREDENTIAL";
            /** @description Errors associated with the action attempt. Null for pending action attempts. */
            error: unknown;
            /** @description Result of the action attempt. Null for pending action attempts. */
            result: unknown;
            /** @enum {string} */
            status: "pending";
        } | {
            /**
             * Format: uuid
             * @description ID of the action attempt.
             */
            action_attempt_id: string;
            /**
             * @description Action attempt to track the status of encoding credential data from the physical encoder onto a card.
             * @enum {string}
             */
            action_type: "ENCODE_CREDENTIAL";
            /** @description Errors associated with the action attempt. Null for successful action attempts. */
            error: unknown;
            /** @description Result of an encoding attempt. If the attempt was successful, includes the credential data that was encoded onto the card. */
            result: {
                /**
                 * @description Access method for the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials). Supported values: `code`, `card`, `mobile_key`, `cloud_key`.
                 * @enum {string}
                 */
                access_method: "code" | "card" | "mobile_key" | "cloud_key";
                /**
                 * Format: uuid
                 * @description ID of the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials).
                 */
                acs_credential_id: string;
                /**
                 * Format: uuid
                 * @description ID of the credential pool to which the credential belongs.
                 */
                acs_credential_pool_id?: string;
                /**
                 * Format: uuid
                 * @description ID of the [access control system](https://docs.seam.co/low-level-apis/access-systems) that contains the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials).
                 */
                acs_system_id: string;
                /**
                 * Format: uuid
                 * @description ID of the [ACS user](https://docs.seam.co/low-level-apis/access-systems/user-management) to whom the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) belongs.
                 */
                acs_user_id?: string;
                /** @description Vostio-specific metadata for the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials). */
                assa_abloy_vostio_metadata?: {
                    /** @description Indicates whether the credential should auto-join. For an auto-join credential, Seam automatically issues an override card if there are no other cards and a joiner card if there are existing cards on the doors. */
                    auto_join?: boolean;
                    /** @description Names of the doors to which to grant access in the Vostio access system. */
                    door_names?: string[];
                    /** @description Endpoint ID in the Vostio access system. */
                    endpoint_id?: string;
                    /** @description Key ID in the Vostio access system. */
                    key_id?: string;
                    /** @description Key issuing request ID in the Vostio access system. */
                    key_issuing_request_id?: string;
                    /** @description IDs of the guest entrances to override in the Vostio access system. */
                    override_guest_acs_entrance_ids?: string[];
                };
                /** @description Number of the card associated with the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials). */
                card_number?: string | null;
                /** @description Access (PIN) code for the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials). */
                code?: string | null;
                /**
                 * Format: uuid
                 * @description ID of the [connected account](https://docs.seam.co/core-concepts/connected-accounts) to which the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) belongs.
                 */
                connected_account_id: string;
                /**
                 * Format: date-time
                 * @description Date and time at which the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) was created.
                 */
                created_at: string;
                /** @description Display name that corresponds to the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) type. */
                display_name: string;
                /** @description Date and time at which the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) validity ends, in [ISO 8601](https://www.iso.org/iso-8601-date-and-time-format.html) format. Must be a time in the future and after `starts_at`. */
                ends_at?: string;
                /** @description Errors associated with the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials). */
                errors: {
                    /**
                     * Format: date-time
                     * @description Date and time at which Seam created the error.
                     */
                    created_at: string;
                    error_code: string;
                    message: string;
                }[];
                /**
                 * @description Brand-specific terminology for the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) type. Supported values: `pti_card`, `brivo_credential`, `hid_credential`, `visionline_card`.
                 * @enum {string}
                 */
                external_type?: "pti_card" | "brivo_credential" | "hid_credential" | "visionline_card" | "salto_ks_credential" | "assa_abloy_vostio_key" | "salto_space_key" | "latch_access" | "dormakaba_ambiance_credential" | "hotek_card" | "salto_ks_tag" | "avigilon_alta_credential" | "kisi_credential";
                /** @description Display name that corresponds to the brand-specific terminology for the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) type. */
                external_type_display_name?: string;
                /** @description Indicates whether the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) has been encoded onto a card. */
                is_issued?: boolean;
                /** @description Indicates whether the latest state of the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) has been synced from Seam to the provider. */
                is_latest_desired_state_synced_with_provider?: boolean | null;
                /**
                 * @description Indicates whether Seam manages the credential.
                 * @enum {boolean}
                 */
                is_managed: true;
                /** @description Indicates whether the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) is a [multi-phone sync credential](https://docs.seam.co/capability-guides/mobile-access/issuing-mobile-credentials-from-an-access-control-system#what-are-multi-phone-sync-credentials). */
                is_multi_phone_sync_credential?: boolean;
                /** @description Indicates whether the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) can only be used once. If `true`, the code becomes invalid after the first use. */
                is_one_time_use?: boolean;
                /**
                 * Format: date-time
                 * @description Date and time at which the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) was encoded onto a card.
                 */
                issued_at?: string | null;
                /**
                 * Format: date-time
                 * @description Date and time at which the state of the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) was most recently synced from Seam to the provider.
                 */
                latest_desired_state_synced_with_provider_at?: string | null;
                /**
                 * Format: uuid
                 * @description ID of the parent [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials).
                 */
                parent_acs_credential_id?: string;
                /** @description Date and time at which the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) validity starts, in [ISO 8601](https://www.iso.org/iso-8601-date-and-time-format.html) format. */
                starts_at?: string;
                /**
                 * Format: uuid
                 * @description ID of the [user identity](https://docs.seam.co/api/user_identities) to whom the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) belongs.
                 */
                user_identity_id?: string;
                /** @description Visionline-specific metadata for the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials). */
                visionline_metadata?: {
                    /** @description Indicates whether the credential should auto-join. For an auto-join credential, Seam automatically issues an override card if there are no other cards and a joiner card if there are existing cards on the doors. */
                    auto_join?: boolean;
                    /**
                     * @description Card function type in the Visionline access system.
                     * @enum {string}
                     */
                    card_function_type?: "guest" | "staff";
                    /** @description ID of the card in the Visionline access system. */
                    card_id?: string;
                    /** @description Common entrance IDs in the Visionline access system. */
                    common_acs_entrance_ids?: string[];
                    /** @description ID of the credential in the Visionline access system. */
                    credential_id?: string;
                    /** @description Guest entrance IDs in the Visionline access system. */
                    guest_acs_entrance_ids?: string[];
                    /** @description Indicates whether the credential is valid. */
                    is_valid?: boolean;
                    /** @description IDs of the credentials to which you want to join. */
                    joiner_acs_credential_ids?: string[];
                };
                /** @description Warnings associated with the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials). */
                warnings: ({
                    /**
                     * Format: date-time
                     * @description Date and time at which Seam created the warning.
                     */
                    created_at: string;
                    /** @description Detailed description of the warning. Provides insights into the issue and potentially how to rectify it. */
                    message: string;
                    /**
                     * @description Unique identifier of the type of warning. Enables quick recognition and categorization of the issue.
                     * @enum {string}
                     */
                    warning_code: "waiting_to_be_issued";
                } | {
                    /**
                     * Format: date-time
                     * @description Date and time at which Seam created the warning.
                     */
                    created_at: string;
                    /** @description Detailed description of the warning. Provides insights into the issue and potentially how to rectify it. */
                    message: string;
                    /**
                     * @description Unique identifier of the type of warning. Enables quick recognition and categorization of the issue.
                     * @enum {string}
                     */
                    warning_code: "schedule_externally_modified";
                } | {
                    /**
                     * Format: date-time
                     * @description Date and time at which Seam created the warning.
                     */
                    created_at: string;
                    /** @description Detailed description of the warning. Provides insights into the issue and potentially how to rectify it. */
                    message: string;
                    /**
                     * @description Unique identifier of the type of warning. Enables quick recognition and categorization of the issue.
                     * @enum {string}
                     */
                    warning_code: "schedule_modified";
                } | {
                    /**
                     * Format: date-time
                     * @description Date and time at which Seam created the warning.
                     */
                    created_at: string;
                    /** @description Detailed description of the warning. Provides insights into the issue and potentially how to rectify it. */
                    message: string;
                    /**
                     * @description Unique identifier of the type of warning. Enables quick recognition and categorization of the issue.
                     * @enum {string}
                     */
                    warning_code: "being_deleted";
                } | {
                    /**
                     * Format: date-time
                     * @description Date and time at which Seam created the warning.
                     */
                    created_at: string;
                    /** @description Detailed description of the warning. Provides insights into the issue and potentially how to rectify it. */
                    message: string;
                    /**
                     * @description Unique identifier of the type of warning. Enables quick recognition and categorization of the issue.
                     * @enum {string}
                     */
                    warning_code: "unknown_issue_with_acs_credential";
                } | {
                    /**
                     * Format: date-time
                     * @description Date and time at which Seam created the warning.
                     */
                    created_at: string;
                    /** @description Detailed description of the warning. Provides insights into the issue and potentially how to rectify it. */
                    message: string;
                    /**
                     * @description Unique identifier of the type of warning. Enables quick recognition and categorization of the issue.
                     * @enum {string}
                     */
                    warning_code: "needs_to_be_reissued";
                })[];
                /**
                 * Format: uuid
                 * @description ID of the workspace that contains the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials).
                 */
                workspace_id: string;
            } | {
                /**
                 * @description Access method for the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials). Supported values: `code`, `card`, `mobile_key`, `cloud_key`.
                 * @enum {string}
                 */
                access_method: "code" | "card" | "mobile_key" | "cloud_key";
                /**
                 * Format: uuid
                 * @description ID of the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials).
                 */
                acs_credential_id: string;
                /**
                 * Format: uuid
                 * @description ID of the credential pool to which the credential belongs.
                 */
                acs_credential_pool_id?: string;
                /**
                 * Format: uuid
                 * @description ID of the [access control system](https://docs.seam.co/low-level-apis/access-systems) that contains the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials).
                 */
                acs_system_id: string;
                /**
                 * Format: uuid
                 * @description ID of the [ACS user](https://docs.seam.co/low-level-apis/access-systems/user-management) to whom the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) belongs.
                 */
                acs_user_id?: string;
                /** @description Vostio-specific metadata for the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials). */
                assa_abloy_vostio_metadata?: {
                    /** @description Indicates whether the credential should auto-join. For an auto-join credential, Seam automatically issues an override card if there are no other cards and a joiner card if there are existing cards on the doors. */
                    auto_join?: boolean;
                    /** @description Names of the doors to which to grant access in the Vostio access system. */
                    door_names?: string[];
                    /** @description Endpoint ID in the Vostio access system. */
                    endpoint_id?: string;
                    /** @description Key ID in the Vostio access system. */
                    key_id?: string;
                    /** @description Key issuing request ID in the Vostio access system. */
                    key_issuing_request_id?: string;
                    /** @description IDs of the guest entrances to override in the Vostio access system. */
                    override_guest_acs_entrance_ids?: string[];
                };
                /** @description Number of the card associated with the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials). */
                card_number?: string | null;
                /** @description Access (PIN) code for the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials). */
                code?: string | null;
                /**
                 * Format: uuid
                 * @description ID of the [connected account](https://docs.seam.co/core-concepts/connected-accounts) to which the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) belongs.
                 */
                connected_account_id: string;
                /**
                 * Format: date-time
                 * @description Date and time at which the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) was created.
                 */
                created_at: string;
                /** @description Display name that corresponds to the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) type. */
                display_name: string;
                /** @description Date and time at which the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) validity ends, in [ISO 8601](https://www.iso.org/iso-8601-date-and-time-format.html) format. Must be a time in the future and after `starts_at`. */
                ends_at?: string;
                /** @description Errors associated with the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials). */
                errors: {
                    /**
                     * Format: date-time
                     * @description Date and time at which Seam created the error.
                     */
                    created_at: string;
                    error_code: string;
                    message: string;
                }[];
                /**
                 * @description Brand-specific terminology for the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) type. Supported values: `pti_card`, `brivo_credential`, `hid_credential`, `visionline_card`.
                 * @enum {string}
                 */
                external_type?: "pti_card" | "brivo_credential" | "hid_credential" | "visionline_card" | "salto_ks_credential" | "assa_abloy_vostio_key" | "salto_space_key" | "latch_access" | "dormakaba_ambiance_credential" | "hotek_card" | "salto_ks_tag" | "avigilon_alta_credential" | "kisi_credential";
                /** @description Display name that corresponds to the brand-specific terminology for the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) type. */
                external_type_display_name?: string;
                /** @description Indicates whether the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) has been encoded onto a card. */
                is_issued?: boolean;
                /** @description Indicates whether the latest state of the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) has been synced from Seam to the provider. */
                is_latest_desired_state_synced_with_provider?: boolean | null;
                /** @enum {boolean} */
                is_managed: false;
                /** @description Indicates whether the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) is a [multi-phone sync credential](https://docs.seam.co/capability-guides/mobile-access/issuing-mobile-credentials-from-an-access-control-system#what-are-multi-phone-sync-credentials). */
                is_multi_phone_sync_credential?: boolean;
                /** @description Indicates whether the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) can only be used once. If `true`, the code becomes invalid after the first use. */
                is_one_time_use?: boolean;
                /**
                 * Format: date-time
                 * @description Date and time at which the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) was encoded onto a card.
                 */
                issued_at?: string | null;
                /**
                 * Format: date-time
                 * @description Date and time at which the state of the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) was most recently synced from Seam to the provider.
                 */
                latest_desired_state_synced_with_provider_at?: string | null;
                /**
                 * Format: uuid
                 * @description ID of the parent [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials).
                 */
                parent_acs_credential_id?: string;
                /** @description Date and time at which the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) validity starts, in [ISO 8601](https://www.iso.org/iso-8601-date-and-time-format.html) format. */
                starts_at?: string;
                /**
                 * Format: uuid
                 * @description ID of the [user identity](https://docs.seam.co/api/user_identities) to whom the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) belongs.
                 */
                user_identity_id?: string;
                /** @description Visionline-specific metadata for the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials). */
                visionline_metadata?: {
                    /** @description Indicates whether the credential should auto-join. For an auto-join credential, Seam automatically issues an override card if there are no other cards and a joiner card if there are existing cards on the doors. */
                    auto_join?: boolean;
                    /**
                     * @description Card function type in the Visionline access system.
                     * @enum {string}
                     */
                    card_function_type?: "guest" | "staff";
                    /** @description ID of the card in the Visionline access system. */
                    card_id?: string;
                    /** @description Common entrance IDs in the Visionline access system. */
                    common_acs_entrance_ids?: string[];
                    /** @description ID of the credential in the Visionline access system. */
                    credential_id?: string;
                    /** @description Guest entrance IDs in the Visionline access system. */
                    guest_acs_entrance_ids?: string[];
                    /** @description Indicates whether the credential is valid. */
                    is_valid?: boolean;
                    /** @description IDs of the credentials to which you want to join. */
                    joiner_acs_credential_ids?: string[];
                };
                /** @description Warnings associated with the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials). */
                warnings: ({
                    /**
                     * Format: date-time
                     * @description Date and time at which Seam created the warning.
                     */
                    created_at: string;
                    /** @description Detailed description of the warning. Provides insights into the issue and potentially how to rectify it. */
                    message: string;
                    /**
                     * @description Unique identifier of the type of warning. Enables quick recognition and categorization of the issue.
                     * @enum {string}
                     */
                    warning_code: "waiting_to_be_issued";
                } | {
                    /**
                     * Format: date-time
                     * @description Date and time at which Seam created the warning.
                     */
                    created_at: string;
                    /** @description Detailed description of the warning. Provides insights into the issue and potentially how to rectify it. */
                    message: string;
                    /**
                     * @description Unique identifier of the type of warning. Enables quick recognition and categorization of the issue.
                     * @enum {string}
                     */
                    warning_code: "schedule_externally_modified";
                } | {
                    /**
                     * Format: date-time
                     * @description Date and time at which Seam created the warning.
                     */
                    created_at: string;
                    /** @description Detailed description of the warning. Provides insights into the issue and potentially how to rectify it. */
                    message: string;
                    /**
                     * @description Unique identifier of the type of warning. Enables quick recognition and categorization of the issue.
                     * @enum {string}
                     */
                    warning_code: "schedule_modified";
                } | {
                    /**
                     * Format: date-time
                     * @description Date and time at which Seam created the warning.
                     */
                    created_at: string;
                    /** @description Detailed description of the warning. Provides insights into the issue and potentially how to rectify it. */
                    message: string;
                    /**
                     * @description Unique identifier of the type of warning. Enables quick recognition and categorization of the issue.
                     * @enum {string}
                     */
                    warning_code: "being_deleted";
                } | {
                    /**
                     * Format: date-time
                     * @description Date and time at which Seam created the warning.
                     */
                    created_at: string;
                    /** @description Detailed description of the warning. Provides insights into the issue and potentially how to rectify it. */
                    message: string;
                    /**
                     * @description Unique identifier of the type of warning. Enables quick recognition and categorization of the issue.
                     * @enum {string}
                     */
                    warning_code: "unknown_issue_with_acs_credential";
                } | {
                    /**
                     * Format: date-time
                     * @description Date and time at which Seam created the warning.
                     */
                    created_at: string;
                    /** @description Detailed description of the warning. Provides insights into the issue and potentially how to rectify it. */
                    message: string;
                    /**
                     * @description Unique identifier of the type of warning. Enables quick recognition and categorization of the issue.
                     * @enum {string}
                     */
                    warning_code: "needs_to_be_reissued";
                })[];
                /**
                 * Format: uuid
                 * @description ID of the workspace that contains the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials).
                 */
                workspace_id: string;
            };
            /** @enum {string} */
            status: "success";
        } | {
            /**
             * Format: uuid
             * @description ID of the action attempt.
             */
            action_attempt_id: string;
            /**
             * @description Action attempt to track the status of encoding credential data from the physical encoder onto a card.
             * @enum {string}
             */
            action_type: "ENCODE_CREDENTIAL";
            error: {
                /** @description Message for the error associated with the action attempt. */
                message: string;
                /**
                 * @description Type of the error associated with the action attempt.
                 * @enum {string}
                 */
                type: "uncategorized_error";
            } | {
                /** @description Message for the error associated with the action attempt. */
                message: string;
                /**
                 * @description Type of the error associated with the action attempt.
                 * @enum {string}
                 */
                type: "action_attempt_expired";
            } | {
                /** @description Detailed description of the error. Provides insights into the issue and potentially how to rectify it. */
                message: string;
                /**
                 * @description Error type to indicate that there is no credential on the encoder.
                 * @enum {string}
                 */
                type: "no_credential_on_encoder";
            } | {
                /** @description Detailed description of the error. Provides insights into the issue and potentially how to rectify it. */
                message: string;
                /**
                 * @description Error type to indicate an incompatible card format.
                 * @enum {string}
                 */
                type: "incompatible_card_format";
            } | {
                /** @description Detailed description of the error. Provides insights into the issue and potentially how to rectify it. */
                message: string;
                /**
                 * @description Error type to indicate that the affected credential cannot be reissued.
                 * @enum {string}
                 */
                type: "credential_cannot_be_reissued";
            } | {
                /** @description Detailed description of the error. Provides insights into the issue and potentially how to rectify it. */
                message: string;
                /**
                 * @description Error type to indicate that the encoder is not online.
                 * @enum {string}
                 */
                type: "encoder_not_online";
            } | {
                /** @description Detailed description of the error. Provides insights into the issue and potentially how to rectify it. */
                message: string;
                /**
                 * @description Error type to indicate that communication with the encoder timed out.
                 * @enum {string}
                 */
                type: "encoder_communication_timeout";
            } | {
                /** @description Detailed description of the error. Provides insights into the issue and potentially how to rectify it. */
                message: string;
                /**
                 * @description Error type to indicate that the Seam Bridge is disconnected or cannot reach the access control system.
                 * @enum {string}
                 */
                type: "bridge_disconnected";
            } | {
                /** @description Detailed description of the error. Provides insights into the issue and potentially how to rectify it. */
                message: string;
                /**
                 * @description Error type to indicate that encoding was interrupted, for example, if the card was removed from the encoder before writing was complete.
                 * @enum {string}
                 */
                type: "encoding_interrupted";
            } | {
                /** @description Detailed description of the error. Provides insights into the issue and potentially how to rectify it. */
                message: string;
                /**
                 * @description Error type to indicate that the credential was deleted and can no longer be encoded.
                 * @enum {string}
                 */
                type: "credential_deleted";
            };
            /** @description Result of the action attempt. Null for failed action attempts. */
            result: unknown;
            /** @enum {string} */
            status: "error";
        } | {
            /**
             * Format: uuid
             * @description ID of the action attempt.
             */
            action_attempt_id: string;
            /**
             * @description Action attempt to track the status of scanning a physical card and assigning the credential to an ACS user.
             * @enum {string}
             */
            action_type: "SCAN_TO_ASSIGN_CREDENTIAL";
            /** @description Errors associated with the action attempt. Null for pending action attempts. */
            error: unknown;
            /** @description Result of the action attempt. Null for pending action attempts. */
            result: unknown;
            /** @enum {string} */
            status: "pending";
        } | {
            /**
             * Format: uuid
             * @description ID of the action attempt.
             */
            action_attempt_id: string;
            /**
             * @description Action attempt to track the status of scanning a physical card and assigning the credential to an ACS user.
             * @enum {string}
             */
            action_type: "SCAN_TO_ASSIGN_CREDENTIAL";
            /** @description Errors associated with the action attempt. Null for successful action attempts. */
            error: unknown;
            /** @description Result of a scan to assign attempt. If the attempt was successful, includes the credential data that was scanned and assigned. */
            result: {
                /**
                 * @description Access method for the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials). Supported values: `code`, `card`, `mobile_key`, `cloud_key`.
                 * @enum {string}
                 */
                access_method: "code" | "card" | "mobile_key" | "cloud_key";
                /**
                 * Format: uuid
                 * @description ID of the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials).
                 */
                acs_credential_id: string;
                /**
                 * Format: uuid
                 * @description ID of the credential pool to which the credential belongs.
                 */
                acs_credential_pool_id?: string;
                /**
                 * Format: uuid
                 * @description ID of the [access control system](https://docs.seam.co/low-level-apis/access-systems) that contains the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials).
                 */
                acs_system_id: string;
                /**
                 * Format: uuid
                 * @description ID of the [ACS user](https://docs.seam.co/low-level-apis/access-systems/user-management) to whom the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) belongs.
                 */
                acs_user_id?: string;
                /** @description Vostio-specific metadata for the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials). */
                assa_abloy_vostio_metadata?: {
                    /** @description Indicates whether the credential should auto-join. For an auto-join credential, Seam automatically issues an override card if there are no other cards and a joiner card if there are existing cards on the doors. */
                    auto_join?: boolean;
                    /** @description Names of the doors to which to grant access in the Vostio access system. */
                    door_names?: string[];
                    /** @description Endpoint ID in the Vostio access system. */
                    endpoint_id?: string;
                    /** @description Key ID in the Vostio access system. */
                    key_id?: string;
                    /** @description Key issuing request ID in the Vostio access system. */
                    key_issuing_request_id?: string;
                    /** @description IDs of the guest entrances to override in the Vostio access system. */
                    override_guest_acs_entrance_ids?: string[];
                };
                /** @description Number of the card associated with the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials). */
                card_number?: string | null;
                /** @description Access (PIN) code for the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials). */
                code?: string | null;
                /**
                 * Format: uuid
                 * @description ID of the [connected account](https://docs.seam.co/core-concepts/connected-accounts) to which the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) belongs.
                 */
                connected_account_id: string;
                /**
                 * Format: date-time
                 * @description Date and time at which the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) was created.
                 */
                created_at: string;
                /** @description Display name that corresponds to the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) type. */
                display_name: string;
                /** @description Date and time at which the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) validity ends, in [ISO 8601](https://www.iso.org/iso-8601-date-and-time-format.html) format. Must be a time in the future and after `starts_at`. */
                ends_at?: string;
                /** @description Errors associated with the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials). */
                errors: {
                    /**
                     * Format: date-time
                     * @description Date and time at which Seam created the error.
                     */
                    created_at: string;
                    error_code: string;
                    message: string;
                }[];
                /**
                 * @description Brand-specific terminology for the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) type. Supported values: `pti_card`, `brivo_credential`, `hid_credential`, `visionline_card`.
                 * @enum {string}
                 */
                external_type?: "pti_card" | "brivo_credential" | "hid_credential" | "visionline_card" | "salto_ks_credential" | "assa_abloy_vostio_key" | "salto_space_key" | "latch_access" | "dormakaba_ambiance_credential" | "hotek_card" | "salto_ks_tag" | "avigilon_alta_credential" | "kisi_credential";
                /** @description Display name that corresponds to the brand-specific terminology for the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) type. */
                external_type_display_name?: string;
                /** @description Indicates whether the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) has been encoded onto a card. */
                is_issued?: boolean;
                /** @description Indicates whether the latest state of the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) has been synced from Seam to the provider. */
                is_latest_desired_state_synced_with_provider?: boolean | null;
                /**
                 * @description Indicates whether Seam manages the credential.
                 * @enum {boolean}
                 */
                is_managed: true;
                /** @description Indicates whether the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) is a [multi-phone sync credential](https://docs.seam.co/capability-guides/mobile-access/issuing-mobile-credentials-from-an-access-control-system#what-are-multi-phone-sync-credentials). */
                is_multi_phone_sync_credential?: boolean;
                /** @description Indicates whether the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) can only be used once. If `true`, the code becomes invalid after the first use. */
                is_one_time_use?: boolean;
                /**
                 * Format: date-time
                 * @description Date and time at which the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) was encoded onto a card.
                 */
                issued_at?: string | null;
                /**
                 * Format: date-time
                 * @description Date and time at which the state of the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) was most recently synced from Seam to the provider.
                 */
                latest_desired_state_synced_with_provider_at?: string | null;
                /**
                 * Format: uuid
                 * @description ID of the parent [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials).
                 */
                parent_acs_credential_id?: string;
                /** @description Date and time at which the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) validity starts, in [ISO 8601](https://www.iso.org/iso-8601-date-and-time-format.html) format. */
                starts_at?: string;
                /**
                 * Format: uuid
                 * @description ID of the [user identity](https://docs.seam.co/api/user_identities) to whom the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) belongs.
                 */
                user_identity_id?: string;
                /** @description Visionline-specific metadata for the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials). */
                visionline_metadata?: {
                    /** @description Indicates whether the credential should auto-join. For an auto-join credential, Seam automatically issues an override card if there are no other cards and a joiner card if there are existing cards on the doors. */
                    auto_join?: boolean;
                    /**
                     * @description Card function type in the Visionline access system.
                     * @enum {string}
                     */
                    card_function_type?: "guest" | "staff";
                    /** @description ID of the card in the Visionline access system. */
                    card_id?: string;
                    /** @description Common entrance IDs in the Visionline access system. */
                    common_acs_entrance_ids?: string[];
                    /** @description ID of the credential in the Visionline access system. */
                    credential_id?: string;
                    /** @description Guest entrance IDs in the Visionline access system. */
                    guest_acs_entrance_ids?: string[];
                    /** @description Indicates whether the credential is valid. */
                    is_valid?: boolean;
                    /** @description IDs of the credentials to which you want to join. */
                    joiner_acs_credential_ids?: string[];
                };
                /** @description Warnings associated with the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials). */
                warnings: ({
                    /**
                     * Format: date-time
                     * @description Date and time at which Seam created the warning.
                     */
                    created_at: string;
                    /** @description Detailed description of the warning. Provides insights into the issue and potentially how to rectify it. */
                    message: string;
                    /**
                     * @description Unique identifier of the type of warning. Enables quick recognition and categorization of the issue.
                     * @enum {string}
                     */
                    warning_code: "waiting_to_be_issued";
                } | {
                    /**
                     * Format: date-time
                     * @description Date and time at which Seam created the warning.
                     */
                    created_at: string;
                    /** @description Detailed description of the warning. Provides insights into the issue and potentially how to rectify it. */
                    message: string;
                    /**
                     * @description Unique identifier of the type of warning. Enables quick recognition and categorization of the issue.
                     * @enum {string}
                     */
                    warning_code: "schedule_externally_modified";
                } | {
                    /**
                     * Format: date-time
                     * @description Date and time at which Seam created the warning.
                     */
                    created_at: string;
                    /** @description Detailed description of the warning. Provides insights into the issue and potentially how to rectify it. */
                    message: string;
                    /**
                     * @description Unique identifier of the type of warning. Enables quick recognition and categorization of the issue.
                     * @enum {string}
                     */
                    warning_code: "schedule_modified";
                } | {
                    /**
                     * Format: date-time
                     * @description Date and time at which Seam created the warning.
                     */
                    created_at: string;
                    /** @description Detailed description of the warning. Provides insights into the issue and potentially how to rectify it. */
                    message: string;
                    /**
                     * @description Unique identifier of the type of warning. Enables quick recognition and categorization of the issue.
                     * @enum {string}
                     */
                    warning_code: "being_deleted";
                } | {
                    /**
                     * Format: date-time
                     * @description Date and time at which Seam created the warning.
                     */
                    created_at: string;
                    /** @description Detailed description of the warning. Provides insights into the issue and potentially how to rectify it. */
                    message: string;
                    /**
                     * @description Unique identifier of the type of warning. Enables quick recognition and categorization of the issue.
                     * @enum {string}
                     */
                    warning_code: "unknown_issue_with_acs_credential";
                } | {
                    /**
                     * Format: date-time
                     * @description Date and time at which Seam created the warning.
                     */
                    created_at: string;
                    /** @description Detailed description of the warning. Provides insights into the issue and potentially how to rectify it. */
                    message: string;
                    /**
                     * @description Unique identifier of the type of warning. Enables quick recognition and categorization of the issue.
                     * @enum {string}
                     */
                    warning_code: "needs_to_be_reissued";
                })[];
                /**
                 * Format: uuid
                 * @description ID of the workspace that contains the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials).
                 */
                workspace_id: string;
            };
            /** @enum {string} */
            status: "success";
        } | {
            /**
             * Format: uuid
             * @description ID of the action attempt.
             */
            action_attempt_id: string;
            /**
             * @description Action attempt to track the status of scanning a physical card and assigning the credential to an ACS user.
             * @enum {string}
             */
            action_type: "SCAN_TO_ASSIGN_CREDENTIAL";
            error: {
                /** @description Message for the error associated with the action attempt. */
                message: string;
                /**
                 * @description Type of the error associated with the action attempt.
                 * @enum {string}
                 */
                type: "uncategorized_error";
            } | {
                /** @description Message for the error associated with the action attempt. */
                message: string;
                /**
                 * @description Type of the error associated with the action attempt.
                 * @enum {string}
                 */
                type: "action_attempt_expired";
            } | {
                /** @description Detailed description of the error. Provides insights into the issue and potentially how to rectify it. */
                message: string;
                /**
                 * @description Error type to indicate that there is no credential on the encoder.
                 * @enum {string}
                 */
                type: "no_credential_on_encoder";
            };
            /** @description Result of the action attempt. Null for failed action attempts. */
            result: unknown;
            /** @enum {string} */
            status: "error";
        } | {
            /**
             * Format: uuid
             * @description ID of the action attempt.
             */
            action_attempt_id: string;
            /**
             * @description Action attempt to track the status of assigning a pre-registered card credential to an access method.
             * @enum {string}
             */
            action_type: "ASSIGN_CREDENTIAL";
            /** @description Errors associated with the action attempt. Null for pending action attempts. */
            error: unknown;
            /** @description Result of the action attempt. Null for pending action attempts. */
            result: unknown;
            /** @enum {string} */
            status: "pending";
        } | {
            /**
             * Format: uuid
             * @description ID of the action attempt.
             */
            action_attempt_id: string;
            /**
             * @description Action attempt to track the status of assigning a pre-registered card credential to an access method.
             * @enum {string}
             */
            action_type: "ASSIGN_CREDENTIAL";
            /** @description Errors associated with the action attempt. Null for successful action attempts. */
            error: unknown;
            /** @description Result of assigning a credential. If successful, includes the updated access method with the assigned credential. */
            result: {
                /**
                 * Format: uuid
                 * @description ID of the access method.
                 */
                access_method_id: string;
                /** @description Token of the client session associated with the access method. */
                client_session_token?: string;
                /** @description The actual PIN code for code access methods. */
                code?: string | null;
                /**
                 * Format: date-time
                 * @description Date and time at which the access method was created.
                 */
                created_at: string;
                /**
                 * Format: uuid
                 * @description ID of the customization profile associated with the access method.
                 */
                customization_profile_id?: string;
                /** @description Display name of the access method. */
                display_name: string;
                /** @description Errors associated with the [access method](https://docs.seam.co/use-cases/granting-access/creating-an-access-grant). */
                errors: {
                    /**
                     * Format: date-time
                     * @description Date and time at which Seam created the error.
                     */
                    created_at: string;
                    /**
                     * @description Unique identifier of the type of error. Enables quick recognition and categorization of the issue.
                     * @enum {string}
                     */
                    error_code: "failed_to_issue";
                    /** @description Detailed description of the error. Provides insights into the issue and potentially how to rectify it. */
                    message: string;
                }[];
                /**
                 * Format: uri
                 * @description URL of the Instant Key for mobile key access methods.
                 */
                instant_key_url?: string;
                /** @description Indicates whether an existing card credential must be assigned to this access method before it can be issued. Only applies to card-mode access methods on systems that support credential assignment. */
                is_assignment_required?: boolean;
                /** @description Indicates whether encoding with an card encoder is required to issue or reissue the plastic card associated with the access method. */
                is_encoding_required?: boolean;
                /** @description Indicates whether the access method has been issued. */
                is_issued: boolean;
                /** @description Indicates whether the access method is ready for card assignment. This is true when the access method is in card mode, has not yet been issued, and the system supports credential assignment. */
                is_ready_for_assignment?: boolean;
                /** @description Indicates whether the access method is ready to be encoded. This is true when the credential has been created and the card has not yet been issued. */
                is_ready_for_encoding?: boolean;
                /**
                 * Format: date-time
                 * @description Date and time at which the access method was issued.
                 */
                issued_at: string | null;
                /**
                 * @description Access method mode. Supported values: `code`, `card`, `mobile_key`, `cloud_key`.
                 * @enum {string}
                 */
                mode: "code" | "card" | "mobile_key" | "cloud_key";
                /** @description Pending mutations for the [access method](https://docs.seam.co/use-cases/granting-access/creating-an-access-grant). Indicates operations that are in progress. */
                pending_mutations: ({
                    /**
                     * Format: date-time
                     * @description Date and time at which the mutation was created.
                     */
                    created_at: string;
                    /** @description Previous device configuration. */
                    from: {
                        /** @description Previous device IDs where access was provisioned. */
                        device_ids: string[];
                    };
                    /** @description Detailed description of the mutation. */
                    message: string;
                    /**
                     * @description Mutation code to indicate that Seam is in the process of provisioning access for this access method on new devices.
                     * @enum {string}
                     */
                    mutation_code: "provisioning_access";
                    /** @description New device configuration. */
                    to: {
                        /** @description New device IDs where access is being provisioned. */
                        device_ids: string[];
                    };
                } | {
                    /**
                     * Format: date-time
                     * @description Date and time at which the mutation was created.
                     */
                    created_at: string;
                    /** @description Previous device configuration. */
                    from: {
                        /** @description Previous device IDs where access existed. */
                        device_ids: string[];
                    };
                    /** @description Detailed description of the mutation. */
                    message: string;
                    /**
                     * @description Mutation code to indicate that Seam is in the process of revoking access for this access method from devices.
                     * @enum {string}
                     */
                    mutation_code: "revoking_access";
                    /** @description New device configuration. */
                    to: {
                        /** @description New device IDs where access should remain. */
                        device_ids: string[];
                    };
                } | {
                    /**
                     * Format: date-time
                     * @description Date and time at which the mutation was created.
                     */
                    created_at: string;
                    /** @description Previous access time configuration. */
                    from: {
                        /**
                         * Format: date-time
                         * @description Previous end time for access.
                         */
                        ends_at: string | null;
                        /**
                         * Format: date-time
                         * @description Previous start time for access.
                         */
                        starts_at: string | null;
                    };
                    /** @description Detailed description of the mutation. */
                    message: string;
                    /**
                     * @description Mutation code to indicate that Seam is in the process of updating the access times for this access method.
                     * @enum {string}
                     */
                    mutation_code: "updating_access_times";
                    /** @description New access time configuration. */
                    to: {
                        /**
                         * Format: date-time
                         * @description New end time for access.
                         */
                        ends_at: string | null;
                        /**
                         * Format: date-time
                         * @description New start time for access.
                         */
                        starts_at: string | null;
                    };
                })[];
                /** @description Warnings associated with the [access method](https://docs.seam.co/use-cases/granting-access/creating-an-access-grant). */
                warnings: ({
                    /**
                     * Format: date-time
                     * @description Date and time at which Seam created the warning.
                     */
                    created_at: string;
                    /** @description Detailed description of the warning. Provides insights into the issue and potentially how to rectify it. */
                    message: string;
                    /**
                     * @description Unique identifier of the type of warning. Enables quick recognition and categorization of the issue.
                     * @enum {string}
                     */
                    warning_code: "being_deleted";
                } | {
                    /**
                     * Format: date-time
                     * @description Date and time at which Seam created the warning.
                     */
                    created_at: string;
                    /** @description Detailed description of the warning. Provides insights into the issue and potentially how to rectify it. */
                    message: string;
                    /**
                     * @description Unique identifier of the type of warning. Enables quick recognition and categorization of the issue.
                     * @enum {string}
                     */
                    warning_code: "updating_access_times";
                } | {
                    /**
                     * Format: date-time
                     * @description Date and time at which Seam created the warning.
                     */
                    created_at: string;
                    /** @description Detailed description of the warning. Provides insights into the issue and potentially how to rectify it. */
                    message: string;
                    /**
                     * Format: uuid
                     * @description ID of the original access method from which this backup access method was split, if applicable.
                     */
                    original_access_method_id?: string;
                    /**
                     * @description Unique identifier of the type of warning. Enables quick recognition and categorization of the issue.
                     * @enum {string}
                     */
                    warning_code: "pulled_backup_access_code";
                } | {
                    /**
                     * Format: date-time
                     * @description Date and time at which Seam created the warning.
                     */
                    created_at: string;
                    /** @description Detailed description of the warning. Provides insights into the issue and potentially how to rectify it. */
                    message: string;
                    /**
                     * @description Unique identifier of the type of warning. Enables quick recognition and categorization of the issue.
                     * @enum {string}
                     */
                    warning_code: "delay_in_issuing";
                })[];
                /**
                 * Format: uuid
                 * @description ID of the Seam workspace associated with the access method.
                 */
                workspace_id: string;
            };
            /** @enum {string} */
            status: "success";
        } | {
            /**
             * Format: uuid
             * @description ID of the action attempt.
             */
            action_attempt_id: string;
            /**
             * @description Action attempt to track the status of assigning a pre-registered card credential to an access method.
             * @enum {string}
             */
            action_type: "ASSIGN_CREDENTIAL";
            error: {
                /** @description Message for the error associated with the action attempt. */
                message: string;
                /**
                 * @description Type of the error associated with the action attempt.
                 * @enum {string}
                 */
                type: "uncategorized_error";
            } | {
                /** @description Message for the error associated with the action attempt. */
                message: string;
                /**
                 * @description Type of the error associated with the action attempt.
                 * @enum {string}
                 */
                type: "action_attempt_expired";
            } | {
                /** @description Detailed description of the error. Provides insights into the issue and potentially how to rectify it. */
                message: string;
                /**
                 * @description Error type to indicate that no matching credential was found.
                 * @enum {string}
                 */
                type: "credential_not_found";
            };
            /** @description Result of the action attempt. Null for failed action attempts. */
            result: unknown;
            /** @enum {string} */
            status: "error";
        } | {
            /**
             * Format: uuid
             * @description ID of the action attempt.
             */
            action_attempt_id: string;
            /**
             * @description Action attempt to track the status of resetting a sandbox workspace.
             * @enum {string}
             */
            action_type: "RESET_SANDBOX_WORKSPACE";
            /** @description Errors associated with the action attempt. Null for pending action attempts. */
            error: unknown;
            /** @description Result of the action attempt. Null for pending action attempts. */
            result: unknown;
            /** @enum {string} */
            status: "pending";
        } | {
            /**
             * Format: uuid
             * @description ID of the action attempt.
             */
            action_attempt_id: string;
            /**
             * @description Action attempt to track the status of resetting a sandbox workspace.
             * @enum {string}
             */
            action_type: "RESET_SANDBOX_WORKSPACE";
            /** @description Errors associated with the action attempt. Null for successful action attempts. */
            error: unknown;
            /** @description Result of the action. */
            result: Record<string, unknown>;
            /** @enum {string} */
            status: "success";
        } | {
            /**
             * Format: uuid
             * @description ID of the action attempt.
             */
            action_attempt_id: string;
            /**
             * @description Action attempt to track the status of resetting a sandbox workspace.
             * @enum {string}
             */
            action_type: "RESET_SANDBOX_WORKSPACE";
            /** @description Error associated with the action. */
            error: {
                /** @description Detailed description of the error. Provides insights into the issue and potentially how to rectify it. */
                message: string;
                /** @description Type of the error. */
                type: string;
            };
            /** @description Result of the action attempt. Null for failed action attempts. */
            result: unknown;
            /** @enum {string} */
            status: "error";
        } | {
            /**
             * Format: uuid
             * @description ID of the action attempt.
             */
            action_attempt_id: string;
            /**
             * @description Action attempt to track the status of setting the fan mode on a thermostat.
             * @enum {string}
             */
            action_type: "SET_FAN_MODE";
            /** @description Errors associated with the action attempt. Null for pending action attempts. */
            error: unknown;
            /** @description Result of the action attempt. Null for pending action attempts. */
            result: unknown;
            /** @enum {string} */
            status: "pending";
        } | {
            /**
             * Format: uuid
             * @description ID of the action attempt.
             */
            action_attempt_id: string;
            /**
             * @description Action attempt to track the status of setting the fan mode on a thermostat.
             * @enum {string}
             */
            action_type: "SET_FAN_MODE";
            /** @description Errors associated with the action attempt. Null for successful action attempts. */
            error: unknown;
            /** @description Result of the action. */
            result: Record<string, unknown>;
            /** @enum {string} */
            status: "success";
        } | {
            /**
             * Format: uuid
             * @description ID of the action attempt.
             */
            action_attempt_id: string;
            /**
             * @description Action attempt to track the status of setting the fan mode on a thermostat.
             * @enum {string}
             */
            action_type: "SET_FAN_MODE";
            /** @description Error associated with the action. */
            error: {
                /** @description Detailed description of the error. Provides insights into the issue and potentially how to rectify it. */
                message: string;
                /** @description Type of the error. */
                type: string;
            };
            /** @description Result of the action attempt. Null for failed action attempts. */
            result: unknown;
            /** @enum {string} */
            status: "error";
        } | {
            /**
             * Format: uuid
             * @description ID of the action attempt.
             */
            action_attempt_id: string;
            /**
             * @description Action attempt to track the status of setting the HVAC mode on a thermostat.
             * @enum {string}
             */
            action_type: "SET_HVAC_MODE";
            /** @description Errors associated with the action attempt. Null for pending action attempts. */
            error: unknown;
            /** @description Result of the action attempt. Null for pending action attempts. */
            result: unknown;
            /** @enum {string} */
            status: "pending";
        } | {
            /**
             * Format: uuid
             * @description ID of the action attempt.
             */
            action_attempt_id: string;
            /**
             * @description Action attempt to track the status of setting the HVAC mode on a thermostat.
             * @enum {string}
             */
            action_type: "SET_HVAC_MODE";
            /** @description Errors associated with the action attempt. Null for successful action attempts. */
            error: unknown;
            /** @description Result of the action. */
            result: Record<string, unknown>;
            /** @enum {string} */
            status: "success";
        } | {
            /**
             * Format: uuid
             * @description ID of the action attempt.
             */
            action_attempt_id: string;
            /**
             * @description Action attempt to track the status of setting the HVAC mode on a thermostat.
             * @enum {string}
             */
            action_type: "SET_HVAC_MODE";
            /** @description Error associated with the action. */
            error: {
                /** @description Detailed description of the error. Provides insights into the issue and potentially how to rectify it. */
                message: string;
                /** @description Type of the error. */
                type: string;
            };
            /** @description Result of the action attempt. Null for failed action attempts. */
            result: unknown;
            /** @enum {string} */
            status: "error";
        } | {
            /**
             * Format: uuid
             * @description ID of the action attempt.
             */
            action_attempt_id: string;
            /**
             * @description Action attempt to track the status of a climate preset activation.
             * @enum {string}
             */
            action_type: "ACTIVATE_CLIMATE_PRESET";
            /** @description Errors associated with the action attempt. Null for pending action attempts. */
            error: unknown;
            /** @description Result of the action attempt. Null for pending action attempts. */
            result: unknown;
            /** @enum {string} */
            status: "pending";
        } | {
            /**
             * Format: uuid
             * @description ID of the action attempt.
             */
            action_attempt_id: string;
            /**
             * @description Action attempt to track the status of a climate preset activation.
             * @enum {string}
             */
            action_type: "ACTIVATE_CLIMATE_PRESET";
            /** @description Errors associated with the action attempt. Null for successful action attempts. */
            error: unknown;
            /** @description Result of the action. */
            result: Record<string, unknown>;
            /** @enum {string} */
            status: "success";
        } | {
            /**
             * Format: uuid
             * @description ID of the action attempt.
             */
            action_attempt_id: string;
            /**
             * @description Action attempt to track the status of a climate preset activation.
             * @enum {string}
             */
            action_type: "ACTIVATE_CLIMATE_PRESET";
            /** @description Error associated with the action. */
            error: {
                /** @description Detailed description of the error. Provides insights into the issue and potentially how to rectify it. */
                message: string;
                /** @description Type of the error. */
                type: string;
            };
            /** @description Result of the action attempt. Null for failed action attempts. */
            result: unknown;
            /** @enum {string} */
            status: "error";
        } | {
            /**
             * Format: uuid
             * @description ID of the action attempt.
             */
            action_attempt_id: string;
            /**
             * @description Action attempt to track the status of simulating a keypad code entry.
             * @enum {string}
             */
            action_type: "SIMULATE_KEYPAD_CODE_ENTRY";
            /** @description Errors associated with the action attempt. Null for pending action attempts. */
            error: unknown;
            /** @description Result of the action attempt. Null for pending action attempts. */
            result: unknown;
            /** @enum {string} */
            status: "pending";
        } | {
            /**
             * Format: uuid
             * @description ID of the action attempt.
             */
            action_attempt_id: string;
            /**
             * @description Action attempt to track the status of simulating a keypad code entry.
             * @enum {string}
             */
            action_type: "SIMULATE_KEYPAD_CODE_ENTRY";
            /** @description Errors associated with the action attempt. Null for successful action attempts. */
            error: unknown;
            /** @description Result of the action. */
            result: Record<string, unknown>;
            /** @enum {string} */
            status: "success";
        } | {
            /**
             * Format: uuid
             * @description ID of the action attempt.
             */
            action_attempt_id: string;
            /**
             * @description Action attempt to track the status of simulating a keypad code entry.
             * @enum {string}
             */
            action_type: "SIMULATE_KEYPAD_CODE_ENTRY";
            /** @description Error associated with the action. */
            error: {
                /** @description Detailed description of the error. Provides insights into the issue and potentially how to rectify it. */
                message: string;
                /** @description Type of the error. */
                type: string;
            };
            /** @description Result of the action attempt. Null for failed action attempts. */
            result: unknown;
            /** @enum {string} */
            status: "error";
        } | {
            /**
             * Format: uuid
             * @description ID of the action attempt.
             */
            action_attempt_id: string;
            /**
             * @description Action attempt to track the status of simulating a manual lock action using a keypad.
             * @enum {string}
             */
            action_type: "SIMULATE_MANUAL_LOCK_VIA_KEYPAD";
            /** @description Errors associated with the action attempt. Null for pending action attempts. */
            error: unknown;
            /** @description Result of the action attempt. Null for pending action attempts. */
            result: unknown;
            /** @enum {string} */
            status: "pending";
        } | {
            /**
             * Format: uuid
             * @description ID of the action attempt.
             */
            action_attempt_id: string;
            /**
             * @description Action attempt to track the status of simulating a manual lock action using a keypad.
             * @enum {string}
             */
            action_type: "SIMULATE_MANUAL_LOCK_VIA_KEYPAD";
            /** @description Errors associated with the action attempt. Null for successful action attempts. */
            error: unknown;
            /** @description Result of the action. */
            result: Record<string, unknown>;
            /** @enum {string} */
            status: "success";
        } | {
            /**
             * Format: uuid
             * @description ID of the action attempt.
             */
            action_attempt_id: string;
            /**
             * @description Action attempt to track the status of simulating a manual lock action using a keypad.
             * @enum {string}
             */
            action_type: "SIMULATE_MANUAL_LOCK_VIA_KEYPAD";
            /** @description Error associated with the action. */
            error: {
                /** @description Detailed description of the error. Provides insights into the issue and potentially how to rectify it. */
                message: string;
                /** @description Type of the error. */
                type: string;
            };
            /** @description Result of the action attempt. Null for failed action attempts. */
            result: unknown;
            /** @enum {string} */
            status: "error";
        } | {
            /**
             * Format: uuid
             * @description ID of the action attempt.
             */
            action_attempt_id: string;
            /**
             * @description Action attempt to track the status of pushing thermostat programs.
             * @enum {string}
             */
            action_type: "PUSH_THERMOSTAT_PROGRAMS";
            /** @description Errors associated with the action attempt. Null for pending action attempts. */
            error: unknown;
            /** @description Result of the action attempt. Null for pending action attempts. */
            result: unknown;
            /** @enum {string} */
            status: "pending";
        } | {
            /**
             * Format: uuid
             * @description ID of the action attempt.
             */
            action_attempt_id: string;
            /**
             * @description Action attempt to track the status of pushing thermostat programs.
             * @enum {string}
             */
            action_type: "PUSH_THERMOSTAT_PROGRAMS";
            /** @description Errors associated with the action attempt. Null for successful action attempts. */
            error: unknown;
            /** @description Result of the action. */
            result: Record<string, unknown>;
            /** @enum {string} */
            status: "success";
        } | {
            /**
             * Format: uuid
             * @description ID of the action attempt.
             */
            action_attempt_id: string;
            /**
             * @description Action attempt to track the status of pushing thermostat programs.
             * @enum {string}
             */
            action_type: "PUSH_THERMOSTAT_PROGRAMS";
            /** @description Error associated with the action. */
            error: {
                /** @description Detailed description of the error. Provides insights into the issue and potentially how to rectify it. */
                message: string;
                /** @description Type of the error. */
                type: string;
            };
            /** @description Result of the action attempt. Null for failed action attempts. */
            result: unknown;
            /** @enum {string} */
            status: "error";
        } | {
            /**
             * Format: uuid
             * @description ID of the action attempt.
             */
            action_attempt_id: string;
            /**
             * @description Action attempt to track the status of configuring the auto-lock on a lock.
             * @enum {string}
             */
            action_type: "CONFIGURE_AUTO_LOCK";
            /** @description Errors associated with the action attempt. Null for pending action attempts. */
            error: unknown;
            /** @description Result of the action attempt. Null for pending action attempts. */
            result: unknown;
            /** @enum {string} */
            status: "pending";
        } | {
            /**
             * Format: uuid
             * @description ID of the action attempt.
             */
            action_attempt_id: string;
            /**
             * @description Action attempt to track the status of configuring the auto-lock on a lock.
             * @enum {string}
             */
            action_type: "CONFIGURE_AUTO_LOCK";
            /** @description Errors associated with the action attempt. Null for successful action attempts. */
            error: unknown;
            /** @description Result of the action. */
            result: Record<string, unknown>;
            /** @enum {string} */
            status: "success";
        } | {
            /**
             * Format: uuid
             * @description ID of the action attempt.
             */
            action_attempt_id: string;
            /**
             * @description Action attempt to track the status of configuring the auto-lock on a lock.
             * @enum {string}
             */
            action_type: "CONFIGURE_AUTO_LOCK";
            /** @description Error associated with the action. */
            error: {
                /** @description Detailed description of the error. Provides insights into the issue and potentially how to rectify it. */
                message: string;
                /** @description Type of the error. */
                type: string;
            };
            /** @description Result of the action attempt. Null for failed action attempts. */
            result: unknown;
            /** @enum {string} */
            status: "error";
        } | {
            /**
             * Format: uuid
             * @description ID of the action attempt.
             */
            action_attempt_id: string;
            /**
             * @description Syncing access codes is pending.
             * @enum {string}
             */
            action_type: "SYNC_ACCESS_CODES";
            /** @description Errors associated with the action attempt. Null for pending action attempts. */
            error: unknown;
            /** @description Result of the action attempt. Null for pending action attempts. */
            result: unknown;
            /** @enum {string} */
            status: "pending";
        } | {
            /**
             * Format: uuid
             * @description ID of the action attempt.
             */
            action_attempt_id: string;
            /**
             * @description Syncing access codes succeeded.
             * @enum {string}
             */
            action_type: "SYNC_ACCESS_CODES";
            /** @description Errors associated with the action attempt. Null for successful action attempts. */
            error: unknown;
            /** @description Result of the action. */
            result: Record<string, unknown>;
            /** @enum {string} */
            status: "success";
        } | {
            /**
             * Format: uuid
             * @description ID of the action attempt.
             */
            action_attempt_id: string;
            /**
             * @description Syncing access codes failed.
             * @enum {string}
             */
            action_type: "SYNC_ACCESS_CODES";
            /** @description Error associated with the action. */
            error: {
                /** @description Detailed description of the error. Provides insights into the issue and potentially how to rectify it. */
                message: string;
                /** @description Type of the error. */
                type: string;
            };
            /** @description Result of the action attempt. Null for failed action attempts. */
            result: unknown;
            /** @enum {string} */
            status: "error";
        } | {
            /**
             * Format: uuid
             * @description ID of the action attempt.
             */
            action_attempt_id: string;
            /**
             * @description Creating an access code is pending.
             * @enum {string}
             */
            action_type: "CREATE_ACCESS_CODE";
            /** @description Errors associated with the action attempt. Null for pending action attempts. */
            error: unknown;
            /** @description Result of the action attempt. Null for pending action attempts. */
            result: unknown;
            /** @enum {string} */
            status: "pending";
        } | {
            /**
             * Format: uuid
             * @description ID of the action attempt.
             */
            action_attempt_id: string;
            /**
             * @description Creating an access code succeeded.
             * @enum {string}
             */
            action_type: "CREATE_ACCESS_CODE";
            /** @description Errors associated with the action attempt. Null for successful action attempts. */
            error: unknown;
            /** @description Result of the action. */
            result: {
                /** @description Created access code. */
                access_code?: unknown;
            };
            /** @enum {string} */
            status: "success";
        } | {
            /**
             * Format: uuid
             * @description ID of the action attempt.
             */
            action_attempt_id: string;
            /**
             * @description Creating an access code failed.
             * @enum {string}
             */
            action_type: "CREATE_ACCESS_CODE";
            /** @description Error associated with the action. */
            error: {
                /** @description Detailed description of the error. Provides insights into the issue and potentially how to rectify it. */
                message: string;
                /** @description Type of the error. */
                type: string;
            };
            /** @description Result of the action attempt. Null for failed action attempts. */
            result: unknown;
            /** @enum {string} */
            status: "error";
        } | {
            /**
             * Format: uuid
             * @description ID of the action attempt.
             */
            action_attempt_id: string;
            /**
             * @description Deleting an access code is pending.
             * @enum {string}
             */
            action_type: "DELETE_ACCESS_CODE";
            /** @description Errors associated with the action attempt. Null for pending action attempts. */
            error: unknown;
            /** @description Result of the action attempt. Null for pending action attempts. */
            result: unknown;
            /** @enum {string} */
            status: "pending";
        } | {
            /**
             * Format: uuid
             * @description ID of the action attempt.
             */
            action_attempt_id: string;
            /**
             * @description Deleting an access code succeeded.
             * @enum {string}
             */
            action_type: "DELETE_ACCESS_CODE";
            /** @description Errors associated with the action attempt. Null for successful action attempts. */
            error: unknown;
            /** @description Result of the action. */
            result: Record<string, unknown>;
            /** @enum {string} */
            status: "success";
        } | {
            /**
             * Format: uuid
             * @description ID of the action attempt.
             */
            action_attempt_id: string;
            /**
             * @description Deleting an access code failed.
             * @enum {string}
             */
            action_type: "DELETE_ACCESS_CODE";
            /** @description Error associated with the action. */
            error: {
                /** @description Detailed description of the error. Provides insights into the issue and potentially how to rectify it. */
                message: string;
                /** @description Type of the error. */
                type: string;
            };
            /** @description Result of the action attempt. Null for failed action attempts. */
            result: unknown;
            /** @enum {string} */
            status: "error";
        } | {
            /**
             * Format: uuid
             * @description ID of the action attempt.
             */
            action_attempt_id: string;
            /**
             * @description Updating an access code is pending.
             * @enum {string}
             */
            action_type: "UPDATE_ACCESS_CODE";
            /** @description Errors associated with the action attempt. Null for pending action attempts. */
            error: unknown;
            /** @description Result of the action attempt. Null for pending action attempts. */
            result: unknown;
            /** @enum {string} */
            status: "pending";
        } | {
            /**
             * Format: uuid
             * @description ID of the action attempt.
             */
            action_attempt_id: string;
            /**
             * @description Updating an access code succeeded.
             * @enum {string}
             */
            action_type: "UPDATE_ACCESS_CODE";
            /** @description Errors associated with the action attempt. Null for successful action attempts. */
            error: unknown;
            /** @description Result of the action. */
            result: {
                /** @description Updated access code. */
                access_code?: unknown;
            };
            /** @enum {string} */
            status: "success";
        } | {
            /**
             * Format: uuid
             * @description ID of the action attempt.
             */
            action_attempt_id: string;
            /**
             * @description Updating an access code failed.
             * @enum {string}
             */
            action_type: "UPDATE_ACCESS_CODE";
            /** @description Error associated with the action. */
            error: {
                /** @description Detailed description of the error. Provides insights into the issue and potentially how to rectify it. */
                message: string;
                /** @description Type of the error. */
                type: string;
            };
            /** @description Result of the action attempt. Null for failed action attempts. */
            result: unknown;
            /** @enum {string} */
            status: "error";
        } | {
            /**
             * Format: uuid
             * @description ID of the action attempt.
             */
            action_attempt_id: string;
            /**
             * @description Creating a noise threshold is pending.
             * @enum {string}
             */
            action_type: "CREATE_NOISE_THRESHOLD";
            /** @description Errors associated with the action attempt. Null for pending action attempts. */
            error: unknown;
            /** @description Result of the action attempt. Null for pending action attempts. */
            result: unknown;
            /** @enum {string} */
            status: "pending";
        } | {
            /**
             * Format: uuid
             * @description ID of the action attempt.
             */
            action_attempt_id: string;
            /**
             * @description Creating a noise threshold succeeded.
             * @enum {string}
             */
            action_type: "CREATE_NOISE_THRESHOLD";
            /** @description Errors associated with the action attempt. Null for successful action attempts. */
            error: unknown;
            /** @description Result of the action. */
            result: {
                /** @description Created noise threshold. */
                noise_threshold?: unknown;
            };
            /** @enum {string} */
            status: "success";
        } | {
            /**
             * Format: uuid
             * @description ID of the action attempt.
             */
            action_attempt_id: string;
            /**
             * @description Creating a noise threshold failed.
             * @enum {string}
             */
            action_type: "CREATE_NOISE_THRESHOLD";
            /** @description Error associated with the action. */
            error: {
                /** @description Detailed description of the error. Provides insights into the issue and potentially how to rectify it. */
                message: string;
                /** @description Type of the error. */
                type: string;
            };
            /** @description Result of the action attempt. Null for failed action attempts. */
            result: unknown;
            /** @enum {string} */
            status: "error";
        } | {
            /**
             * Format: uuid
             * @description ID of the action attempt.
             */
            action_attempt_id: string;
            /**
             * @description Deleting a noise threshold is pending.
             * @enum {string}
             */
            action_type: "DELETE_NOISE_THRESHOLD";
            /** @description Errors associated with the action attempt. Null for pending action attempts. */
            error: unknown;
            /** @description Result of the action attempt. Null for pending action attempts. */
            result: unknown;
            /** @enum {string} */
            status: "pending";
        } | {
            /**
             * Format: uuid
             * @description ID of the action attempt.
             */
            action_attempt_id: string;
            /**
             * @description Deleting a noise threshold succeeded.
             * @enum {string}
             */
            action_type: "DELETE_NOISE_THRESHOLD";
            /** @description Errors associated with the action attempt. Null for successful action attempts. */
            error: unknown;
            /** @description Result of the action. */
            result: Record<string, unknown>;
            /** @enum {string} */
            status: "success";
        } | {
            /**
             * Format: uuid
             * @description ID of the action attempt.
             */
            action_attempt_id: string;
            /**
             * @description Deleting a noise threshold failed.
             * @enum {string}
             */
            action_type: "DELETE_NOISE_THRESHOLD";
            /** @description Error associated with the action. */
            error: {
                /** @description Detailed description of the error. Provides insights into the issue and potentially how to rectify it. */
                message: string;
                /** @description Type of the error. */
                type: string;
            };
            /** @description Result of the action attempt. Null for failed action attempts. */
            result: unknown;
            /** @enum {string} */
            status: "error";
        } | {
            /**
             * Format: uuid
             * @description ID of the action attempt.
             */
            action_attempt_id: string;
            /**
             * @description Updating a noise threshold is pending.
             * @enum {string}
             */
            action_type: "UPDATE_NOISE_THRESHOLD";
            /** @description Errors associated with the action attempt. Null for pending action attempts. */
            error: unknown;
            /** @description Result of the action attempt. Null for pending action attempts. */
            result: unknown;
            /** @enum {string} */
            status: "pending";
        } | {
            /**
             * Format: uuid
             * @description ID of the action attempt.
             */
            action_attempt_id: string;
            /**
             * @description Updating a noise threshold succeeded.
             * @enum {string}
             */
            action_type: "UPDATE_NOISE_THRESHOLD";
            /** @description Errors associated with the action attempt. Null for successful action attempts. */
            error: unknown;
            /** @description Result of the action. */
            result: {
                /** @description Updated noise threshold. */
                noise_threshold?: unknown;
            };
            /** @enum {string} */
            status: "success";
        } | {
            /**
             * Format: uuid
             * @description ID of the action attempt.
             */
            action_attempt_id: string;
            /**
             * @description Updating a noise threshold failed.
             * @enum {string}
             */
            action_type: "UPDATE_NOISE_THRESHOLD";
            /** @description Error associated with the action. */
            error: {
                /** @description Detailed description of the error. Provides insights into the issue and potentially how to rectify it. */
                message: string;
                /** @description Type of the error. */
                type: string;
            };
            /** @description Result of the action attempt. Null for failed action attempts. */
            result: unknown;
            /** @enum {string} */
            status: "error";
        };
        /** @description Information about the current page of results. */
        pagination: {
            /** @description Indicates whether there is another page of results after this one. */
            has_next_page: boolean;
            /** @description Opaque value that can be used to select the next page of results via the `page_cursor` parameter. */
            next_page_cursor: string | null;
            /**
             * Format: uri
             * @description URL to get the next page of results.
             */
            next_page_url: string | null;
        };
        unmanaged_acs_access_group: {
            /**
             * @deprecated
             * @description Deprecated: Use `external_type`.
             * @enum {string}
             */
            access_group_type: "pti_unit" | "pti_access_level" | "salto_ks_access_group" | "brivo_group" | "salto_space_group" | "dormakaba_community_access_group" | "dormakaba_ambiance_access_group" | "avigilon_alta_group" | "kisi_access_group";
            /**
             * @deprecated
             * @description Deprecated: Use `external_type_display_name`.
             */
            access_group_type_display_name: string;
            /** @description `starts_at` and `ends_at` timestamps for the access group's access. */
            access_schedule?: {
                /**
                 * Format: date-time
                 * @description Date and time at which the user's access ends, in [ISO 8601](https://www.iso.org/iso-8601-date-and-time-format.html) format.
                 */
                ends_at: string | null;
                /**
                 * Format: date-time
                 * @description Date and time at which the user's access starts, in [ISO 8601](https://www.iso.org/iso-8601-date-and-time-format.html) format.
                 */
                starts_at: string;
            };
            /**
             * Format: uuid
             * @description ID of the access group.
             */
            acs_access_group_id: string;
            /**
             * Format: uuid
             * @description ID of the access control system that contains the access group.
             */
            acs_system_id: string;
            /**
             * Format: uuid
             * @description ID of the connected account that contains the access group.
             */
            connected_account_id: string;
            /**
             * Format: date-time
             * @description Date and time at which the access group was created.
             */
            created_at: string;
            /** @description Display name for the access group. */
            display_name: string;
            /** @description Errors associated with the `acs_access_group`. */
            errors: {
                /**
                 * Format: date-time
                 * @description Date and time at which Seam created the error.
                 */
                created_at: string;
                /**
                 * @description Unique identifier of the type of error. Enables quick recognition and categorization of the issue.
                 * @enum {string}
                 */
                error_code: "failed_to_create_on_acs_system";
                /** @description Detailed description of the error. Provides insights into the issue and potentially how to rectify it. */
                message: string;
            }[];
            /**
             * @description Brand-specific terminology for the access group type.
             * @enum {string}
             */
            external_type: "pti_unit" | "pti_access_level" | "salto_ks_access_group" | "brivo_group" | "salto_space_group" | "dormakaba_community_access_group" | "dormakaba_ambiance_access_group" | "avigilon_alta_group" | "kisi_access_group";
            /** @description Display name that corresponds to the brand-specific terminology for the access group type. */
            external_type_display_name: string;
            /** @enum {boolean} */
            is_managed: false;
            /** @description Name of the access group. */
            name: string;
            /** @description Collection of pending mutations for the access group. Represents operations that have been requested but not yet completed on the integrated access system. */
            pending_mutations: ({
                /**
                 * Format: date-time
                 * @description Date and time at which the mutation was created.
                 */
                created_at: string;
                /** @description Detailed description of the mutation. */
                message: string;
                /**
                 * @description Mutation code to indicate that Seam is in the process of pushing an access group creation to the integrated access system.
                 * @enum {string}
                 */
                mutation_code: "creating";
            } | {
                /**
                 * Format: date-time
                 * @description Date and time at which the mutation was created.
                 */
                created_at: string;
                /** @description Detailed description of the mutation. */
                message: string;
                /**
                 * @description Mutation code to indicate that Seam is in the process of pushing an access group deletion to the integrated access system.
                 * @enum {string}
                 */
                mutation_code: "deleting";
            } | {
                /**
                 * Format: date-time
                 * @description Date and time at which the mutation was created.
                 */
                created_at: string;
                /** @description Detailed description of the mutation. */
                message: string;
                /**
                 * @description Mutation code to indicate that this access group is scheduled for automatic deletion when its access window expires.
                 * @enum {string}
                 */
                mutation_code: "deferring_deletion";
            } | {
                /**
                 * Format: date-time
                 * @description Date and time at which the mutation was created.
                 */
                created_at: string;
                /** @description Old access group information. */
                from: {
                    /** @description Name of the access group. */
                    name?: string | null;
                };
                /** @description Detailed description of the mutation. */
                message: string;
                /**
                 * @description Mutation code to indicate that Seam is in the process of pushing updated access group information to the integrated access system.
                 * @enum {string}
                 */
                mutation_code: "updating_group_information";
                /** @description New access group information. */
                to: {
                    /** @description Name of the access group. */
                    name?: string | null;
                };
            } | {
                /**
                 * Format: date-time
                 * @description Date and time at which the mutation was created.
                 */
                created_at: string;
                /** @description Old access schedule information. */
                from: {
                    /**
                     * Format: date-time
                     * @description Ending time for the access schedule.
                     */
                    ends_at: string | null;
                    /**
                     * Format: date-time
                     * @description Starting time for the access schedule.
                     */
                    starts_at: string | null;
                };
                /** @description Detailed description of the mutation. */
                message: string;
                /**
                 * @description Mutation code to indicate that Seam is in the process of pushing updated access schedule information to the integrated access system.
                 * @enum {string}
                 */
                mutation_code: "updating_access_schedule";
                /** @description New access schedule information. */
                to: {
                    /**
                     * Format: date-time
                     * @description Ending time for the access schedule.
                     */
                    ends_at: string | null;
                    /**
                     * Format: date-time
                     * @description Starting time for the access schedule.
                     */
                    starts_at: string | null;
                };
            } | {
                /**
                 * Format: date-time
                 * @description Date and time at which the mutation was created.
                 */
                created_at: string;
                /** @description Old user membership. */
                from: {
                    /**
                     * Format: uuid
                     * @description Old user ID.
                     */
                    acs_user_id: string | null;
                };
                /** @description Detailed description of the mutation. */
                message: string;
                /**
                 * @description Mutation code to indicate that Seam is in the process of pushing updated user membership information to the integrated access system.
                 * @enum {string}
                 */
                mutation_code: "updating_user_membership";
                /** @description New user membership. */
                to: {
                    /**
                     * Format: uuid
                     * @description New user ID.
                     */
                    acs_user_id: string | null;
                };
            } | {
                /**
                 * Format: date-time
                 * @description Date and time at which the mutation was created.
                 */
                created_at: string;
                /** @description Old entrance membership. */
                from: {
                    /**
                     * Format: uuid
                     * @description Old entrance ID.
                     */
                    acs_entrance_id: string | null;
                };
                /** @description Detailed description of the mutation. */
                message: string;
                /**
                 * @description Mutation code to indicate that Seam is in the process of pushing updated entrance membership information to the integrated access system.
                 * @enum {string}
                 */
                mutation_code: "updating_entrance_membership";
                /** @description New entrance membership. */
                to: {
                    /**
                     * Format: uuid
                     * @description New entrance ID.
                     */
                    acs_entrance_id: string | null;
                };
            } | {
                /**
                 * Format: uuid
                 * @description ID of the user involved in the scheduled change.
                 */
                acs_user_id: string;
                /**
                 * Format: date-time
                 * @description Date and time at which the mutation was created.
                 */
                created_at: string;
                /** @description Detailed description of the mutation. */
                message: string;
                /**
                 * @description Mutation code to indicate that a scheduled user membership change is pending for this access group.
                 * @enum {string}
                 */
                mutation_code: "deferring_user_membership_update";
                /**
                 * @description Whether the user is scheduled to be added to or removed from this access group.
                 * @enum {string}
                 */
                variant: "adding" | "removing";
            })[];
            /** @description Warnings associated with the `acs_access_group`. */
            warnings: ({
                /**
                 * Format: date-time
                 * @description Date and time at which Seam created the warning.
                 */
                created_at: string;
                /** @description Detailed description of the warning. Provides insights into the issue and potentially how to rectify it. */
                message: string;
                /**
                 * @description Unique identifier of the type of warning. Enables quick recognition and categorization of the issue.
                 * @enum {string}
                 */
                warning_code: "unknown_issue_with_acs_access_group";
            } | {
                /**
                 * Format: date-time
                 * @description Date and time at which Seam created the warning.
                 */
                created_at: string;
                /** @description Detailed description of the warning. Provides insights into the issue and potentially how to rectify it. */
                message: string;
                /**
                 * @description Unique identifier of the type of warning. Enables quick recognition and categorization of the issue.
                 * @enum {string}
                 */
                warning_code: "being_deleted";
            })[];
            /**
             * Format: uuid
             * @description ID of the workspace that contains the access group.
             */
            workspace_id: string;
        };
        /** @description Means by which an [ACS user](https://docs.seam.co/low-level-apis/access-systems/user-management) gains access at an [entrance](https://docs.seam.co/low-level-apis/access-systems/retrieving-entrance-details). The `unmanaged_acs_credential` object, which is not managed by Seam, represents a [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) that provides an ACS user access within an [access control system](https://docs.seam.co/low-level-apis/access-systems). For each `acs_credential` object, you define the access method. You can also specify additional properties, such as a PIN code. */
        unmanaged_acs_credential: {
            /**
             * @description Access method for the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials). Supported values: `code`, `card`, `mobile_key`, `cloud_key`.
             * @enum {string}
             */
            access_method: "code" | "card" | "mobile_key" | "cloud_key";
            /**
             * Format: uuid
             * @description ID of the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials).
             */
            acs_credential_id: string;
            /**
             * Format: uuid
             * @description ID of the credential pool to which the credential belongs.
             */
            acs_credential_pool_id?: string;
            /**
             * Format: uuid
             * @description ID of the [access control system](https://docs.seam.co/low-level-apis/access-systems) that contains the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials).
             */
            acs_system_id: string;
            /**
             * Format: uuid
             * @description ID of the [ACS user](https://docs.seam.co/low-level-apis/access-systems/user-management) to whom the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) belongs.
             */
            acs_user_id?: string;
            /** @description Vostio-specific metadata for the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials). */
            assa_abloy_vostio_metadata?: {
                /** @description Indicates whether the credential should auto-join. For an auto-join credential, Seam automatically issues an override card if there are no other cards and a joiner card if there are existing cards on the doors. */
                auto_join?: boolean;
                /** @description Names of the doors to which to grant access in the Vostio access system. */
                door_names?: string[];
                /** @description Endpoint ID in the Vostio access system. */
                endpoint_id?: string;
                /** @description Key ID in the Vostio access system. */
                key_id?: string;
                /** @description Key issuing request ID in the Vostio access system. */
                key_issuing_request_id?: string;
                /** @description IDs of the guest entrances to override in the Vostio access system. */
                override_guest_acs_entrance_ids?: string[];
            };
            /** @description Number of the card associated with the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials). */
            card_number?: string | null;
            /** @description Access (PIN) code for the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials). */
            code?: string | null;
            /**
             * Format: uuid
             * @description ID of the [connected account](https://docs.seam.co/core-concepts/connected-accounts) to which the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) belongs.
             */
            connected_account_id: string;
            /**
             * Format: date-time
             * @description Date and time at which the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) was created.
             */
            created_at: string;
            /** @description Display name that corresponds to the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) type. */
            display_name: string;
            /** @description Date and time at which the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) validity ends, in [ISO 8601](https://www.iso.org/iso-8601-date-and-time-format.html) format. Must be a time in the future and after `starts_at`. */
            ends_at?: string;
            /** @description Errors associated with the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials). */
            errors: {
                /**
                 * Format: date-time
                 * @description Date and time at which Seam created the error.
                 */
                created_at: string;
                error_code: string;
                message: string;
            }[];
            /**
             * @description Brand-specific terminology for the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) type. Supported values: `pti_card`, `brivo_credential`, `hid_credential`, `visionline_card`.
             * @enum {string}
             */
            external_type?: "pti_card" | "brivo_credential" | "hid_credential" | "visionline_card" | "salto_ks_credential" | "assa_abloy_vostio_key" | "salto_space_key" | "latch_access" | "dormakaba_ambiance_credential" | "hotek_card" | "salto_ks_tag" | "avigilon_alta_credential" | "kisi_credential";
            /** @description Display name that corresponds to the brand-specific terminology for the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) type. */
            external_type_display_name?: string;
            /** @description Indicates whether the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) has been encoded onto a card. */
            is_issued?: boolean;
            /** @description Indicates whether the latest state of the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) has been synced from Seam to the provider. */
            is_latest_desired_state_synced_with_provider?: boolean | null;
            /** @enum {boolean} */
            is_managed: false;
            /** @description Indicates whether the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) is a [multi-phone sync credential](https://docs.seam.co/capability-guides/mobile-access/issuing-mobile-credentials-from-an-access-control-system#what-are-multi-phone-sync-credentials). */
            is_multi_phone_sync_credential?: boolean;
            /** @description Indicates whether the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) can only be used once. If `true`, the code becomes invalid after the first use. */
            is_one_time_use?: boolean;
            /**
             * Format: date-time
             * @description Date and time at which the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) was encoded onto a card.
             */
            issued_at?: string | null;
            /**
             * Format: date-time
             * @description Date and time at which the state of the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) was most recently synced from Seam to the provider.
             */
            latest_desired_state_synced_with_provider_at?: string | null;
            /**
             * Format: uuid
             * @description ID of the parent [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials).
             */
            parent_acs_credential_id?: string;
            /** @description Date and time at which the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) validity starts, in [ISO 8601](https://www.iso.org/iso-8601-date-and-time-format.html) format. */
            starts_at?: string;
            /**
             * Format: uuid
             * @description ID of the [user identity](https://docs.seam.co/api/user_identities) to whom the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) belongs.
             */
            user_identity_id?: string;
            /** @description Visionline-specific metadata for the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials). */
            visionline_metadata?: {
                /** @description Indicates whether the credential should auto-join. For an auto-join credential, Seam automatically issues an override card if there are no other cards and a joiner card if there are existing cards on the doors. */
                auto_join?: boolean;
                /**
                 * @description Card function type in the Visionline access system.
                 * @enum {string}
                 */
                card_function_type?: "guest" | "staff";
                /** @description ID of the card in the Visionline access system. */
                card_id?: string;
                /** @description Common entrance IDs in the Visionline access system. */
                common_acs_entrance_ids?: string[];
                /** @description ID of the credential in the Visionline access system. */
                credential_id?: string;
                /** @description Guest entrance IDs in the Visionline access system. */
                guest_acs_entrance_ids?: string[];
                /** @description Indicates whether the credential is valid. */
                is_valid?: boolean;
                /** @description IDs of the credentials to which you want to join. */
                joiner_acs_credential_ids?: string[];
            };
            /** @description Warnings associated with the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials). */
            warnings: ({
                /**
                 * Format: date-time
                 * @description Date and time at which Seam created the warning.
                 */
                created_at: string;
                /** @description Detailed description of the warning. Provides insights into the issue and potentially how to rectify it. */
                message: string;
                /**
                 * @description Unique identifier of the type of warning. Enables quick recognition and categorization of the issue.
                 * @enum {string}
                 */
                warning_code: "waiting_to_be_issued";
            } | {
                /**
                 * Format: date-time
                 * @description Date and time at which Seam created the warning.
                 */
                created_at: string;
                /** @description Detailed description of the warning. Provides insights into the issue and potentially how to rectify it. */
                message: string;
                /**
                 * @description Unique identifier of the type of warning. Enables quick recognition and categorization of the issue.
                 * @enum {string}
                 */
                warning_code: "schedule_externally_modified";
            } | {
                /**
                 * Format: date-time
                 * @description Date and time at which Seam created the warning.
                 */
                created_at: string;
                /** @description Detailed description of the warning. Provides insights into the issue and potentially how to rectify it. */
                message: string;
                /**
                 * @description Unique identifier of the type of warning. Enables quick recognition and categorization of the issue.
                 * @enum {string}
                 */
                warning_code: "schedule_modified";
            } | {
                /**
                 * Format: date-time
                 * @description Date and time at which Seam created the warning.
                 */
                created_at: string;
                /** @description Detailed description of the warning. Provides insights into the issue and potentially how to rectify it. */
                message: string;
                /**
                 * @description Unique identifier of the type of warning. Enables quick recognition and categorization of the issue.
                 * @enum {string}
                 */
                warning_code: "being_deleted";
            } | {
                /**
                 * Format: date-time
                 * @description Date and time at which Seam created the warning.
                 */
                created_at: string;
                /** @description Detailed description of the warning. Provides insights into the issue and potentially how to rectify it. */
                message: string;
                /**
                 * @description Unique identifier of the type of warning. Enables quick recognition and categorization of the issue.
                 * @enum {string}
                 */
                warning_code: "unknown_issue_with_acs_credential";
            } | {
                /**
                 * Format: date-time
                 * @description Date and time at which Seam created the warning.
                 */
                created_at: string;
                /** @description Detailed description of the warning. Provides insights into the issue and potentially how to rectify it. */
                message: string;
                /**
                 * @description Unique identifier of the type of warning. Enables quick recognition and categorization of the issue.
                 * @enum {string}
                 */
                warning_code: "needs_to_be_reissued";
            })[];
            /**
             * Format: uuid
             * @description ID of the workspace that contains the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials).
             */
            workspace_id: string;
        };
        /** @description Represents an unmanaged [user](https://docs.seam.co/low-level-apis/access-systems/user-management) in an [access system](https://docs.seam.co/low-level-apis/access-systems). */
        unmanaged_acs_user: {
            /** @description `starts_at` and `ends_at` timestamps for the [access system user's](https://docs.seam.co/low-level-apis/access-systems/user-management) access. */
            access_schedule?: {
                /**
                 * Format: date-time
                 * @description Date and time at which the user's access ends, in [ISO 8601](https://www.iso.org/iso-8601-date-and-time-format.html) format.
                 */
                ends_at: string | null;
                /**
                 * Format: date-time
                 * @description Date and time at which the user's access starts, in [ISO 8601](https://www.iso.org/iso-8601-date-and-time-format.html) format.
                 */
                starts_at: string;
            };
            /**
             * Format: uuid
             * @description ID of the [access system](https://docs.seam.co/low-level-apis/access-systems) that contains the [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management).
             */
            acs_system_id: string;
            /**
             * Format: uuid
             * @description ID of the [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management).
             */
            acs_user_id: string;
            /**
             * Format: uuid
             * @description The ID of the connected account that is associated with the [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management).
             */
            connected_account_id: string;
            /**
             * Format: date-time
             * @description Date and time at which the [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management) was created.
             */
            created_at: string;
            /** @description Display name for the [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management). */
            display_name: string;
            /**
             * Format: email
             * @deprecated
             * @description Deprecated: use email_address.
             */
            email?: string;
            /**
             * Format: email
             * @description Email address of the [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management).
             */
            email_address?: string;
            /** @description Errors associated with the [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management). */
            errors: ({
                /**
                 * Format: date-time
                 * @description Date and time at which Seam created the error.
                 */
                created_at: string;
                /** @enum {string} */
                error_code: "deleted_externally";
                /** @description Detailed description of the error. Provides insights into the issue and potentially how to rectify it. */
                message: string;
            } | {
                /**
                 * Format: date-time
                 * @description Date and time at which Seam created the error.
                 */
                created_at: string;
                /** @enum {string} */
                error_code: "salto_ks_subscription_limit_exceeded";
                /** @description Detailed description of the error. Provides insights into the issue and potentially how to rectify it. */
                message: string;
            } | {
                /**
                 * Format: date-time
                 * @description Date and time at which Seam created the error.
                 */
                created_at: string;
                /** @enum {string} */
                error_code: "failed_to_create_on_acs_system";
                /** @description Detailed description of the error. Provides insights into the issue and potentially how to rectify it. */
                message: string;
            } | {
                /**
                 * Format: date-time
                 * @description Date and time at which Seam created the error.
                 */
                created_at: string;
                /** @enum {string} */
                error_code: "failed_to_update_on_acs_system";
                /** @description Detailed description of the error. Provides insights into the issue and potentially how to rectify it. */
                message: string;
            } | {
                /**
                 * Format: date-time
                 * @description Date and time at which Seam created the error.
                 */
                created_at: string;
                /** @enum {string} */
                error_code: "failed_to_delete_on_acs_system";
                /** @description Detailed description of the error. Provides insights into the issue and potentially how to rectify it. */
                message: string;
            } | {
                /**
                 * Format: date-time
                 * @description Date and time at which Seam created the error.
                 */
                created_at: string;
                /** @enum {string} */
                error_code: "latch_conflict_with_resident_user";
                /** @description Detailed description of the error. Provides insights into the issue and potentially how to rectify it. */
                message: string;
            })[];
            /**
             * @description Brand-specific terminology for the [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management) type.
             * @enum {string}
             */
            external_type?: "pti_user" | "brivo_user" | "hid_credential_manager_user" | "salto_site_user" | "latch_user" | "dormakaba_community_user" | "salto_space_user" | "avigilon_alta_user" | "kisi_user";
            /** @description Display name that corresponds to the brand-specific terminology for the [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management) type. */
            external_type_display_name?: string;
            /** @description Full name of the [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management). */
            full_name?: string;
            /**
             * Format: uuid
             * @description ID of the HID access control system associated with the user.
             */
            hid_acs_system_id?: string;
            /** @enum {boolean} */
            is_managed: false;
            /** @description Indicates whether the [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management) is currently [suspended](https://docs.seam.co/low-level-apis/access-systems/user-management/suspending-and-unsuspending-users). */
            is_suspended?: boolean;
            /**
             * Format: date-time
             * @description The last time an internal sync job completed for this access system user.
             */
            last_successful_sync_at: string | null;
            /** @description Pending mutations associated with the [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management). Seam is in the process of pushing these mutations to the integrated access system. */
            pending_mutations?: ({
                /**
                 * Format: date-time
                 * @description Date and time at which the mutation was created.
                 */
                created_at: string;
                /** @description Detailed description of the mutation. */
                message: string;
                /**
                 * @description Mutation code to indicate that Seam is in the process of pushing a user creation to the integrated access system.
                 * @enum {string}
                 */
                mutation_code: "creating";
            } | {
                /**
                 * Format: date-time
                 * @description Date and time at which the mutation was created.
                 */
                created_at: string;
                /** @description Detailed description of the mutation. */
                message: string;
                /**
                 * @description Mutation code to indicate that Seam is in the process of pushing a user deletion to the integrated access system.
                 * @enum {string}
                 */
                mutation_code: "deleting";
            } | {
                /**
                 * Format: date-time
                 * @description Date and time at which the mutation was created.
                 */
                created_at: string;
                /** @description Detailed description of the mutation. */
                message: string;
                /**
                 * @description Mutation code to indicate that Seam is intentionally deferring the creation of the user on the access control system until the appropriate time.
                 * @enum {string}
                 */
                mutation_code: "deferring_creation";
                /**
                 * Format: date-time
                 * @description Optional: When the user creation is scheduled to occur.
                 */
                scheduled_at?: string | null;
            } | {
                /**
                 * Format: date-time
                 * @description Date and time at which the mutation was created.
                 */
                created_at: string;
                /** @description Old access system user information. */
                from: {
                    /**
                     * Format: email
                     * @description Email address of the access system user.
                     */
                    email_address?: string | null;
                    /** @description Full name of the access system user. */
                    full_name?: string | null;
                    /** @description Phone number of the access system user. */
                    phone_number?: string | null;
                };
                /** @description Detailed description of the mutation. */
                message: string;
                /**
                 * @description Mutation code to indicate that Seam is in the process of pushing updated user information to the integrated access system.
                 * @enum {string}
                 */
                mutation_code: "updating_user_information";
                /** @description New access system user information. */
                to: {
                    /**
                     * Format: email
                     * @description Email address of the access system user.
                     */
                    email_address?: string | null;
                    /** @description Full name of the access system user. */
                    full_name?: string | null;
                    /** @description Phone number of the access system user. */
                    phone_number?: string | null;
                };
            } | {
                /**
                 * Format: date-time
                 * @description Date and time at which the mutation was created.
                 */
                created_at: string;
                /** @description Old access schedule information. */
                from: {
                    /**
                     * Format: date-time
                     * @description Starting time for the access schedule.
                     */
                    ends_at: string | null;
                    /**
                     * Format: date-time
                     * @description Starting time for the access schedule.
                     */
                    starts_at: string | null;
                };
                /** @description Detailed description of the mutation. */
                message: string;
                /**
                 * @description Mutation code to indicate that Seam is in the process of pushing updated access schedule information to the integrated access system.
                 * @enum {string}
                 */
                mutation_code: "updating_access_schedule";
                /** @description New access schedule information. */
                to: {
                    /**
                     * Format: date-time
                     * @description Starting time for the access schedule.
                     */
                    ends_at: string | null;
                    /**
                     * Format: date-time
                     * @description Starting time for the access schedule.
                     */
                    starts_at: string | null;
                };
            } | {
                /**
                 * Format: date-time
                 * @description Date and time at which the mutation was created.
                 */
                created_at: string;
                /** @description Old user suspension state information. */
                from: {
                    is_suspended: boolean;
                };
                /** @description Detailed description of the mutation. */
                message: string;
                /**
                 * @description Mutation code to indicate that Seam is in the process of pushing updated user suspension state information to the integrated access system.
                 * @enum {string}
                 */
                mutation_code: "updating_suspension_state";
                /** @description New user suspension state information. */
                to: {
                    is_suspended: boolean;
                };
            } | {
                /**
                 * Format: date-time
                 * @description Date and time at which the mutation was created.
                 */
                created_at: string;
                /** @description Old access group membership. */
                from: {
                    /**
                     * Format: uuid
                     * @description Old access group ID.
                     */
                    acs_access_group_id: string | null;
                };
                /** @description Detailed description of the mutation. */
                message: string;
                /**
                 * @description Mutation code to indicate that Seam is in the process of pushing updated access group membership information to the integrated access system.
                 * @enum {string}
                 */
                mutation_code: "updating_group_membership";
                /** @description New access group membership. */
                to: {
                    /**
                     * Format: uuid
                     * @description New access group ID.
                     */
                    acs_access_group_id: string | null;
                };
            } | {
                /**
                 * Format: uuid
                 * @description ID of the access group involved in the scheduled change.
                 */
                acs_access_group_id: string;
                /**
                 * Format: date-time
                 * @description Date and time at which the mutation was created.
                 */
                created_at: string;
                /** @description Detailed description of the mutation. */
                message: string;
                /**
                 * @description Mutation code to indicate that a scheduled access group membership change is pending for this user.
                 * @enum {string}
                 */
                mutation_code: "deferring_group_membership_update";
                /**
                 * @description Whether the user is scheduled to be added to or removed from the access group.
                 * @enum {string}
                 */
                variant: "adding" | "removing";
            } | {
                /**
                 * Format: date-time
                 * @description Date and time at which the mutation was created.
                 */
                created_at: string;
                /** @description Previous credential assignment. */
                from: {
                    /**
                     * Format: uuid
                     * @description Previous credential ID.
                     */
                    acs_credential_id: string | null;
                };
                /** @description Detailed description of the mutation. */
                message: string;
                /**
                 * @description Mutation code to indicate that Seam is in the process of assigning or unassigning a credential to the user on the integrated access system.
                 * @enum {string}
                 */
                mutation_code: "updating_credential_assignment";
                /** @description New credential assignment. */
                to: {
                    /**
                     * Format: uuid
                     * @description New credential ID.
                     */
                    acs_credential_id: string | null;
                };
            })[];
            /** @description Phone number of the [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management) in E.164 format (for example, `+15555550100`). */
            phone_number?: string;
            /** @description Salto KS-specific metadata associated with the [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management). */
            salto_ks_metadata?: {
                /** @description Indicates whether the user holds an active subscription slot on the Salto KS site. Only subscribed users can unlock doors and count against the site's user-subscription limit. A user may not be subscribed because their access schedule has not started or has ended, the site has reached its subscription limit, or they were manually unsubscribed. This is distinct from `is_suspended`, which reflects whether the user has been explicitly blocked. */
                is_subscribed?: boolean;
            };
            /** @description Salto Space-specific metadata associated with the [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management). */
            salto_space_metadata?: {
                /** @description Indicates whether AuditOpenings is enabled for the user in the Salto Space access system. */
                audit_openings?: boolean;
                /** @description User ID in the Salto Space access system. */
                user_id?: string;
            };
            /** @description Email address of the user identity associated with the [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management). */
            user_identity_email_address?: string | null;
            /** @description Full name of the user identity associated with the [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management). */
            user_identity_full_name?: string | null;
            /** @description ID of the user identity associated with the [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management). */
            user_identity_id?: string;
            /** @description Phone number of the user identity associated with the [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management) in E.164 format (for example, `+15555550100`). */
            user_identity_phone_number?: string | null;
            /** @description Warnings associated with the [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management). */
            warnings: ({
                /**
                 * Format: date-time
                 * @description Date and time at which Seam created the warning.
                 */
                created_at: string;
                /** @description Detailed description of the warning. Provides insights into the issue and potentially how to rectify it. */
                message: string;
                /** @enum {string} */
                warning_code: "being_deleted";
            } | {
                /**
                 * Format: date-time
                 * @description Date and time at which Seam created the warning.
                 */
                created_at: string;
                /** @description Detailed description of the warning. Provides insights into the issue and potentially how to rectify it. */
                message: string;
                /** @enum {string} */
                warning_code: "salto_ks_user_not_subscribed";
            } | {
                /**
                 * Format: date-time
                 * @description Date and time at which Seam created the warning.
                 */
                created_at: string;
                /** @description Detailed description of the warning. Provides insights into the issue and potentially how to rectify it. */
                message: string;
                /** @enum {string} */
                warning_code: "acs_user_inactive";
            } | {
                /**
                 * Format: date-time
                 * @description Date and time at which Seam created the warning.
                 */
                created_at: string;
                /** @description Detailed description of the warning. Provides insights into the issue and potentially how to rectify it. */
                message: string;
                /** @enum {string} */
                warning_code: "unknown_issue_with_acs_user";
            } | {
                /**
                 * Format: date-time
                 * @description Date and time at which Seam created the warning.
                 */
                created_at: string;
                /** @description Detailed description of the warning. Provides insights into the issue and potentially how to rectify it. */
                message: string;
                /** @enum {string} */
                warning_code: "latch_resident_user";
            })[];
            /**
             * Format: uuid
             * @description ID of the workspace that contains the [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management).
             */
            workspace_id: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    "acs.access_groups.add_user": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description ID of the access group to which you want to add an access system user.
                     */
                    acs_access_group_id: string;
                    /**
                     * Format: uuid
                     * @description ID of the access system user that you want to add to an access group. You can only provide one of acs_user_id or user_identity_id.
                     */
                    acs_user_id?: string;
                    /**
                     * Format: uuid
                     * @description ID of the desired user identity that you want to add to an access group. You can only provide one of acs_user_id or user_identity_id. If the ACS system contains an ACS user with the same `email_address` or `phone_number` as the user identity that you specify, they are linked, and the access group membership belongs to the ACS user. If the ACS system does not have a corresponding ACS user, one is created.
                     */
                    user_identity_id?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ok: boolean;
                    };
                };
            };
        };
    };
    "acs.access_groups.delete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description ID of the access group that you want to delete.
                     */
                    acs_access_group_id: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ok: boolean;
                    };
                };
            };
        };
    };
    "acs.access_groups.get": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description ID of the access group that you want to get.
                     */
                    acs_access_group_id: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        acs_access_group: components["schemas"]["acs_access_group"];
                        ok: boolean;
                    };
                };
            };
        };
    };
    "acs.access_groups.list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description ID of the access system for which you want to retrieve all access groups.
                     */
                    acs_system_id?: string;
                    /**
                     * Format: uuid
                     * @description ID of the access system user for which you want to retrieve all access groups.
                     */
                    acs_user_id?: string;
                    /** @description String for which to search. Filters returned access groups to include all records that satisfy a partial match using `name` or `acs_access_group_id`. */
                    search?: string;
                    /**
                     * Format: uuid
                     * @description ID of the user identity for which you want to retrieve all access groups.
                     */
                    user_identity_id?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        acs_access_groups: components["schemas"]["acs_access_group"][];
                        ok: boolean;
                    };
                };
            };
        };
    };
    "acs.access_groups.list_accessible_entrances": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description ID of the access group for which you want to retrieve all accessible entrances.
                     */
                    acs_access_group_id: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        acs_entrances: components["schemas"]["acs_entrance"][];
                        ok: boolean;
                    };
                };
            };
        };
    };
    "acs.access_groups.list_users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description ID of the access group for which you want to retrieve all access system users.
                     */
                    acs_access_group_id: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        acs_users: components["schemas"]["acs_user"][];
                        ok: boolean;
                    };
                };
            };
        };
    };
    "acs.access_groups.remove_user": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description ID of the access group from which you want to remove an access system user.
                     */
                    acs_access_group_id: string;
                    /**
                     * Format: uuid
                     * @description ID of the access system user that you want to remove from an access group.
                     */
                    acs_user_id?: string;
                    /**
                     * Format: uuid
                     * @description ID of the user identity associated with the user that you want to remove from an access group.
                     */
                    user_identity_id?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ok: boolean;
                    };
                };
            };
        };
    };
    "acs.access_groups.unmanaged.get": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description ID of the unmanaged access group that you want to get.
                     */
                    acs_access_group_id: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        acs_access_group: components["schemas"]["unmanaged_acs_access_group"];
                        ok: boolean;
                    };
                };
            };
        };
    };
    "acs.access_groups.unmanaged.list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description ID of the access system for which you want to retrieve all unmanaged access groups.
                     */
                    acs_system_id?: string;
                    /**
                     * Format: uuid
                     * @description ID of the access system user for which you want to retrieve all unmanaged access groups.
                     */
                    acs_user_id?: string;
                    /** @description String for which to search. Filters returned access groups to include all records that satisfy a partial match using `name` or `acs_access_group_id`. */
                    search?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        acs_access_groups: components["schemas"]["unmanaged_acs_access_group"][];
                        ok: boolean;
                    };
                };
            };
        };
    };
    "acs.credential_pools.list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description ID of the access system for which you want to list credential pools.
                     */
                    acs_system_id: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        acs_credential_pools: components["schemas"]["acs_credential_pool"][];
                        ok: boolean;
                    };
                };
            };
        };
    };
    "acs.credential_provisioning_automations.launch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description ID of the credential pool for which you want to launch a credential provisioning automation.
                     */
                    acs_credential_pool_id?: string;
                    /** @description Indicates whether to create an associated credential manager user. If you set `create_credential_manager_user` to `true`, you cannot specify a `credential_manager_acs_user_id`. */
                    create_credential_manager_user?: boolean;
                    /**
                     * Format: uuid
                     * @description Access system ID of the credential manager for which you want to launch a credential provisioning automation.
                     */
                    credential_manager_acs_system_id: string;
                    /**
                     * Format: uuid
                     * @description ID of the associated access system user within the credential manager. If you specify a `credential_manager_acs_user_id`, you cannot set `create_credential_manager_user` to `true`.
                     */
                    credential_manager_acs_user_id?: string;
                    /**
                     * Format: uuid
                     * @description ID of the user identity for which you want to launch a credential provisioning automation.
                     */
                    user_identity_id: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        acs_credential_provisioning_automation: components["schemas"]["acs_credential_provisioning_automation"];
                        ok: boolean;
                    };
                };
            };
        };
    };
    "acs.credentials.assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description ID of the credential that you want to assign to an access system user.
                     */
                    acs_credential_id: string;
                    /**
                     * Format: uuid
                     * @description ID of the access system user to whom you want to assign a credential. You can only provide one of acs_user_id or user_identity_id.
                     */
                    acs_user_id?: string;
                    /**
                     * Format: uuid
                     * @description ID of the user identity to whom you want to assign a credential. You can only provide one of acs_user_id or user_identity_id. If the ACS system contains an ACS user with the same `email_address` or `phone_number` as the user identity that you specify, they are linked, and the credential belongs to the ACS user. If the ACS system does not have a corresponding ACS user, one is created.
                     */
                    user_identity_id?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        acs_credential: components["schemas"]["acs_credential"];
                        ok: boolean;
                    };
                };
            };
        };
    };
    "acs.credentials.create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /**
                     * @description Access method for the new credential. Supported values: `code`, `card`, `mobile_key`, `cloud_key`.
                     * @enum {string}
                     */
                    access_method: "code" | "card" | "mobile_key" | "cloud_key";
                    /**
                     * Format: uuid
                     * @description ID of the access system to which the new credential belongs. You must provide either `acs_user_id` or the combination of `user_identity_id` and `acs_system_id`.
                     */
                    acs_system_id?: string;
                    /**
                     * Format: uuid
                     * @description ID of the access system user to whom the new credential belongs. You must provide either `acs_user_id` or the combination of `user_identity_id` and `acs_system_id`.
                     */
                    acs_user_id?: string;
                    /**
                     * @description Set of IDs of the [entrances](https://docs.seam.co/low-level-apis/access-systems/retrieving-entrance-details) for which the new credential grants access.
                     * @default []
                     */
                    allowed_acs_entrance_ids?: string[];
                    /** @description Vostio-specific metadata for the new credential. */
                    assa_abloy_vostio_metadata?: {
                        auto_join?: boolean;
                        join_all_guest_acs_entrances?: boolean;
                        override_all_guest_acs_entrances?: boolean;
                        override_guest_acs_entrance_ids?: string[];
                    };
                    /** @description Access (PIN) code for the new credential. There may be manufacturer-specific code restrictions. For details, see the applicable [device or system integration guide](https://docs.seam.co/device-and-system-integration-guides). */
                    code?: string;
                    /**
                     * Format: uuid
                     * @description ACS system ID of the credential manager for the new credential.
                     */
                    credential_manager_acs_system_id?: string;
                    /**
                     * Format: date-time
                     * @description Date and time at which the validity of the new credential ends, in [ISO 8601](https://www.iso.org/iso-8601-date-and-time-format.html) format. Must be a time in the future and after `starts_at`.
                     */
                    ends_at?: string;
                    hotek_metadata?: {
                        auto_join?: boolean;
                        override?: boolean;
                    };
                    /**
                     * @description Indicates whether the new credential is a [multi-phone sync credential](https://docs.seam.co/capability-guides/mobile-access/issuing-mobile-credentials-from-an-access-control-system#what-are-multi-phone-sync-credentials).
                     * @default false
                     */
                    is_multi_phone_sync_credential?: boolean;
                    /** @description Salto Space-specific metadata for the new credential. */
                    salto_space_metadata?: {
                        /** @description Indicates whether to assign a first, new card to a user. See also [Programming Salto Space Card-based Credentials](https://docs.seam.co/device-and-system-integration-guides/salto-proaccess-space-access-system/programming-salto-space-card-based-credentials). */
                        assign_new_key?: boolean;
                        /** @description Indicates whether to update the user's existing card. See also [Programming Salto Space Card-based Credentials](https://docs.seam.co/device-and-system-integration-guides/salto-proaccess-space-access-system/programming-salto-space-card-based-credentials). */
                        update_current_key?: boolean;
                    };
                    /**
                     * Format: date-time
                     * @description Date and time at which the validity of the new credential starts, in [ISO 8601](https://www.iso.org/iso-8601-date-and-time-format.html) format.
                     */
                    starts_at?: string;
                    /**
                     * Format: uuid
                     * @description ID of the user identity to whom the new credential belongs. You must provide either `acs_user_id` or the combination of `user_identity_id` and `acs_system_id`. If the access system contains a user with the same `email_address` or `phone_number` as the user identity that you specify, they are linked, and the credential belongs to the access system user. If the access system does not have a corresponding user, one is created.
                     */
                    user_identity_id?: string;
                    /** @description Visionline-specific metadata for the new credential. */
                    visionline_metadata?: {
                        /**
                         * Format: uuid
                         * @deprecated
                         * @description Deprecated: Read-only endpoint references moved to `endpoint`.
                         */
                        assa_abloy_credential_service_mobile_endpoint_id?: string;
                        auto_join?: boolean;
                        /** @enum {string} */
                        card_format?: "TLCode" | "rfid48";
                        /**
                         * @default guest
                         * @enum {string}
                         */
                        card_function_type?: "guest" | "staff";
                        /**
                         * @deprecated
                         * @description Deprecated: Use `override` instead.
                         */
                        is_override_key?: boolean;
                        joiner_acs_credential_ids?: string[];
                        override?: boolean;
                    };
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        acs_credential: components["schemas"]["acs_credential"];
                        ok: boolean;
                    };
                };
            };
        };
    };
    "acs.credentials.create_offline_code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description ID of the access system user to whom the new credential belongs.
                     */
                    acs_user_id: string;
                    /**
                     * Format: uuid
                     * @description IDs of the [`acs_entrance`s](https://docs.seam.co/low-level-apis/access-systems/retrieving-entrance-details) for which the new credential grants access.
                     */
                    allowed_acs_entrance_id: string;
                    /**
                     * Format: date-time
                     * @description Date and time at which the validity of the new credential ends, in [ISO 8601](https://www.iso.org/iso-8601-date-and-time-format.html) format. Must be a time in the future and after `starts_at`.
                     */
                    ends_at?: string;
                    /**
                     * @description Indicates whether the code is one-time-use or reusable.
                     * @default false
                     */
                    is_one_time_use?: boolean;
                    /**
                     * Format: date-time
                     * @description Date and time at which the validity of the new credential starts, in [ISO 8601](https://www.iso.org/iso-8601-date-and-time-format.html) format.
                     */
                    starts_at?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        acs_credential: components["schemas"]["acs_credential"];
                        ok: boolean;
                    };
                };
            };
        };
    };
    "acs.credentials.delete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description ID of the credential that you want to delete.
                     */
                    acs_credential_id: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ok: boolean;
                    };
                };
            };
        };
    };
    "acs.credentials.get": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description ID of the credential that you want to get.
                     */
                    acs_credential_id: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        acs_credential: components["schemas"]["acs_credential"];
                        ok: boolean;
                    };
                };
            };
        };
    };
    "acs.credentials.list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description ID of the access system user for which you want to retrieve all credentials.
                     */
                    acs_user_id: string;
                    /**
                     * Format: date-time
                     * @description Date and time, in [ISO 8601](https://www.iso.org/iso-8601-date-and-time-format.html) format, before which events to return were created.
                     */
                    created_before?: string;
                    /** @description Indicates whether you want to retrieve only multi-phone sync credentials or non-multi-phone sync credentials. */
                    is_multi_phone_sync_credential?: boolean;
                    /**
                     * Format: float
                     * @description Number of credentials to return.
                     * @default 500
                     */
                    limit?: number;
                    /** @description Identifies the specific page of results to return, obtained from the previous page's `next_page_cursor`. */
                    page_cursor?: string | null;
                    /** @description String for which to search. Filters returned credentials to include all records that satisfy a partial match using `display_name`, `code`, `card_number`, `acs_user_id` or `acs_credential_id`. */
                    search?: string;
                } | {
                    /**
                     * Format: uuid
                     * @description ID of the access system for which you want to retrieve all credentials.
                     */
                    acs_system_id: string;
                    /**
                     * Format: date-time
                     * @description Date and time, in [ISO 8601](https://www.iso.org/iso-8601-date-and-time-format.html) format, before which events to return were created.
                     */
                    created_before?: string;
                    /** @description Indicates whether you want to retrieve only multi-phone sync credentials or non-multi-phone sync credentials. */
                    is_multi_phone_sync_credential?: boolean;
                    /**
                     * Format: float
                     * @description Number of credentials to return.
                     * @default 500
                     */
                    limit?: number;
                    /** @description Identifies the specific page of results to return, obtained from the previous page's `next_page_cursor`. */
                    page_cursor?: string | null;
                    /** @description String for which to search. Filters returned credentials to include all records that satisfy a partial match using `display_name`, `code`, `card_number`, `acs_user_id` or `acs_credential_id`. */
                    search?: string;
                } | {
                    /**
                     * Format: uuid
                     * @description ID of the access system for which you want to retrieve all credentials.
                     */
                    acs_system_id: string;
                    /**
                     * Format: uuid
                     * @description ID of the access system user for which you want to retrieve all credentials.
                     */
                    acs_user_id: string;
                    /**
                     * Format: date-time
                     * @description Date and time, in [ISO 8601](https://www.iso.org/iso-8601-date-and-time-format.html) format, before which events to return were created.
                     */
                    created_before?: string;
                    /** @description Indicates whether you want to retrieve only multi-phone sync credentials or non-multi-phone sync credentials. */
                    is_multi_phone_sync_credential?: boolean;
                    /**
                     * Format: float
                     * @description Number of credentials to return.
                     * @default 500
                     */
                    limit?: number;
                    /** @description Identifies the specific page of results to return, obtained from the previous page's `next_page_cursor`. */
                    page_cursor?: string | null;
                    /** @description String for which to search. Filters returned credentials to include all records that satisfy a partial match using `display_name`, `code`, `card_number`, `acs_user_id` or `acs_credential_id`. */
                    search?: string;
                } | {
                    /**
                     * Format: date-time
                     * @description Date and time, in [ISO 8601](https://www.iso.org/iso-8601-date-and-time-format.html) format, before which events to return were created.
                     */
                    created_before?: string;
                    /** @description Indicates whether you want to retrieve only multi-phone sync credentials or non-multi-phone sync credentials. */
                    is_multi_phone_sync_credential?: boolean;
                    /**
                     * Format: float
                     * @description Number of credentials to return.
                     * @default 500
                     */
                    limit?: number;
                    /** @description Identifies the specific page of results to return, obtained from the previous page's `next_page_cursor`. */
                    page_cursor?: string | null;
                    /** @description String for which to search. Filters returned credentials to include all records that satisfy a partial match using `display_name`, `code`, `card_number`, `acs_user_id` or `acs_credential_id`. */
                    search?: string;
                    /**
                     * Format: uuid
                     * @description ID of the user identity for which you want to retrieve all credentials.
                     */
                    user_identity_id: string;
                } | {
                    /**
                     * Format: date-time
                     * @description Date and time, in [ISO 8601](https://www.iso.org/iso-8601-date-and-time-format.html) format, before which events to return were created.
                     */
                    created_before?: string;
                    /** @description Indicates whether you want to retrieve only multi-phone sync credentials or non-multi-phone sync credentials. */
                    is_multi_phone_sync_credential?: boolean;
                    /**
                     * Format: float
                     * @description Number of credentials to return.
                     * @default 500
                     */
                    limit?: number;
                    /** @description Identifies the specific page of results to return, obtained from the previous page's `next_page_cursor`. */
                    page_cursor?: string | null;
                    /** @description String for which to search. Filters returned credentials to include all records that satisfy a partial match using `display_name`, `code`, `card_number`, `acs_user_id` or `acs_credential_id`. */
                    search?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        acs_credentials: components["schemas"]["acs_credential"][];
                        ok: boolean;
                        pagination: components["schemas"]["pagination"];
                    };
                };
            };
        };
    };
    "acs.credentials.list_accessible_entrances": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description ID of the credential for which you want to retrieve all entrances to which the credential grants access.
                     */
                    acs_credential_id: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        acs_entrances: components["schemas"]["acs_entrance"][];
                        ok: boolean;
                    };
                };
            };
        };
    };
    "acs.credentials.unassign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description ID of the credential that you want to unassign from an access system user.
                     */
                    acs_credential_id: string;
                    /**
                     * Format: uuid
                     * @description ID of the access system user from which you want to unassign a credential. You can only provide one of acs_user_id or user_identity_id.
                     */
                    acs_user_id?: string;
                    /**
                     * Format: uuid
                     * @description ID of the user identity from which you want to unassign a credential. You can only provide one of acs_user_id or user_identity_id.
                     */
                    user_identity_id?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        acs_credential: components["schemas"]["acs_credential"];
                        ok: boolean;
                    };
                };
            };
        };
    };
    "acs.credentials.unmanaged.get": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description ID of the unmanaged credential that you want to get.
                     */
                    acs_credential_id: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        acs_credential: components["schemas"]["unmanaged_acs_credential"];
                        ok: boolean;
                    };
                };
            };
        };
    };
    "acs.credentials.unmanaged.list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description ID of the access system user for which you want to retrieve all credentials.
                     */
                    acs_user_id: string;
                    /** @description String for which to search. Filters returned credentials to include all records that satisfy a partial match using `display_name`, `code`, `card_number`, `acs_user_id` or `acs_credential_id`. */
                    search?: string;
                } | {
                    /**
                     * Format: uuid
                     * @description ID of the access system for which you want to retrieve all credentials.
                     */
                    acs_system_id: string;
                    /** @description String for which to search. Filters returned credentials to include all records that satisfy a partial match using `display_name`, `code`, `card_number`, `acs_user_id` or `acs_credential_id`. */
                    search?: string;
                } | {
                    /**
                     * Format: uuid
                     * @description ID of the access system for which you want to retrieve all credentials.
                     */
                    acs_system_id: string;
                    /**
                     * Format: uuid
                     * @description ID of the access system user for which you want to retrieve all credentials.
                     */
                    acs_user_id: string;
                    /** @description String for which to search. Filters returned credentials to include all records that satisfy a partial match using `display_name`, `code`, `card_number`, `acs_user_id` or `acs_credential_id`. */
                    search?: string;
                } | {
                    /** @description String for which to search. Filters returned credentials to include all records that satisfy a partial match using `display_name`, `code`, `card_number`, `acs_user_id` or `acs_credential_id`. */
                    search?: string;
                    /**
                     * Format: uuid
                     * @description ID of the user identity for which you want to retrieve all credentials.
                     */
                    user_identity_id: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        acs_credentials: components["schemas"]["unmanaged_acs_credential"][];
                        ok: boolean;
                    };
                };
            };
        };
    };
    "acs.credentials.update": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /** @description ID of the credential that you want to update. */
                    acs_credential_id: string;
                    /** @description Replacement access (PIN) code for the credential that you want to update. */
                    code?: string;
                    /**
                     * Format: date-time
                     * @description Replacement date and time at which the validity of the credential ends, in [ISO 8601](https://www.iso.org/iso-8601-date-and-time-format.html) format. Must be a time in the future and after the `starts_at` value that you set when creating the credential.
                     */
                    ends_at?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        acs_credential: components["schemas"]["acs_credential"];
                        ok: boolean;
                    };
                };
            };
        };
    };
    "acs.encoders.encode_credential": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description ID of the `access_method` to encode onto a card.
                     */
                    access_method_id?: string;
                    /**
                     * Format: uuid
                     * @description ID of the `acs_credential` to encode onto a card.
                     */
                    acs_credential_id?: string;
                    /**
                     * Format: uuid
                     * @description ID of the `acs_encoder` to use to encode the `acs_credential`.
                     */
                    acs_encoder_id: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        action_attempt: components["schemas"]["action_attempt"];
                        ok: boolean;
                    };
                };
            };
        };
    };
    "acs.encoders.get": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description ID of the encoder that you want to get.
                     */
                    acs_encoder_id: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        acs_encoder: components["schemas"]["acs_encoder"];
                        ok: boolean;
                    };
                };
            };
        };
    };
    "acs.encoders.list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description ID of the access system for which you want to retrieve all encoders.
                     */
                    acs_system_id: string;
                    /**
                     * Format: float
                     * @description Number of encoders to return.
                     * @default 500
                     */
                    limit?: number;
                    /** @description Identifies the specific page of results to return, obtained from the previous page's `next_page_cursor`. */
                    page_cursor?: string | null;
                } | {
                    /** @description IDs of the access systems for which you want to retrieve all encoders. */
                    acs_system_ids: string[];
                    /**
                     * Format: float
                     * @description Number of encoders to return.
                     * @default 500
                     */
                    limit?: number;
                    /** @description Identifies the specific page of results to return, obtained from the previous page's `next_page_cursor`. */
                    page_cursor?: string | null;
                } | {
                    /** @description IDs of the encoders that you want to retrieve. */
                    acs_encoder_ids: string[];
                    /**
                     * Format: float
                     * @description Number of encoders to return.
                     * @default 500
                     */
                    limit?: number;
                    /** @description Identifies the specific page of results to return, obtained from the previous page's `next_page_cursor`. */
                    page_cursor?: string | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        acs_encoders: components["schemas"]["acs_encoder"][];
                        ok: boolean;
                        pagination: components["schemas"]["pagination"];
                    };
                };
            };
        };
    };
    "acs.encoders.scan_credential": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description ID of the encoder to use for the scan.
                     */
                    acs_encoder_id: string;
                    /** @description Salto KS-specific metadata for the scan action. */
                    salto_ks_metadata?: {
                        /**
                         * @description When true, activates tag registration mode on the encoder to detect new, unregistered tags. When false, only detects existing tags already registered in the system. Defaults to false.
                         * @default false
                         */
                        detect_new_tags?: boolean;
                    };
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        action_attempt: components["schemas"]["action_attempt"];
                        ok: boolean;
                    };
                };
            };
        };
    };
    "acs.encoders.scan_to_assign_credential": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description ID of the `acs_encoder` to use to scan the credential.
                     */
                    acs_encoder_id: string;
                    /**
                     * Format: uuid
                     * @description ID of the `acs_user` to assign the scanned credential to.
                     */
                    acs_user_id?: string;
                    /** @description Salto KS-specific metadata for the scan action. */
                    salto_ks_metadata?: {
                        /**
                         * @description When true, activates tag registration mode on the encoder to detect new, unregistered tags. When false, only detects existing tags already registered in the system. Defaults to false.
                         * @default false
                         */
                        detect_new_tags?: boolean;
                    };
                    /**
                     * Format: uuid
                     * @description ID of the `user_identity` to assign the scanned credential to. If the ACS system contains an ACS user linked to this user identity, it is used. Otherwise, one is created.
                     */
                    user_identity_id?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        action_attempt: components["schemas"]["action_attempt"];
                        ok: boolean;
                    };
                };
            };
        };
    };
    "acs.encoders.simulate.next_credential_encode_will_fail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description ID of the `acs_encoder` that will be used in the next request to encode the `acs_credential`.
                     */
                    acs_encoder_id: string;
                    /**
                     * @description Code of the error to simulate.
                     * @default no_credential_on_encoder
                     * @enum {string}
                     */
                    error_code?: "no_credential_on_encoder" | "encoding_interrupted";
                } | {
                    /**
                     * Format: uuid
                     * @description ID of the `acs_credential` that will fail to be encoded onto a card in the next request.
                     */
                    acs_credential_id?: string;
                    /**
                     * Format: uuid
                     * @description ID of the `acs_encoder` that will be used in the next request to encode the `acs_credential`.
                     */
                    acs_encoder_id: string;
                    /**
                     * @description Code of the error to simulate.
                     * @enum {string}
                     */
                    error_code: "uncategorized_error" | "action_attempt_expired";
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ok: boolean;
                    };
                };
            };
        };
    };
    "acs.encoders.simulate.next_credential_encode_will_succeed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description ID of the `acs_encoder` that will be used in the next request to encode the `acs_credential`.
                     */
                    acs_encoder_id: string;
                    /**
                     * @description Scenario to simulate.
                     * @default credential_is_issued
                     * @enum {string}
                     */
                    scenario?: "credential_is_issued";
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ok: boolean;
                    };
                };
            };
        };
    };
    "acs.encoders.simulate.next_credential_scan_will_fail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description ID of the `acs_encoder` that will fail to scan the `acs_credential` in the next request.
                     */
                    acs_encoder_id: string;
                    /**
                     * @default no_credential_on_encoder
                     * @enum {string}
                     */
                    error_code?: "no_credential_on_encoder";
                } | {
                    /** Format: uuid */
                    acs_credential_id_on_seam?: string;
                    /**
                     * Format: uuid
                     * @description ID of the `acs_encoder` that will fail to scan the `acs_credential` in the next request.
                     */
                    acs_encoder_id: string;
                    /** @enum {string} */
                    error_code: "uncategorized_error" | "action_attempt_expired";
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ok: boolean;
                    };
                };
            };
        };
    };
    "acs.encoders.simulate.next_credential_scan_will_succeed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description ID of the Seam `acs_credential` that matches the `acs_credential` on the encoder in this simulation.
                     */
                    acs_credential_id_on_seam?: string;
                    /**
                     * Format: uuid
                     * @description ID of the `acs_encoder` that will be used in the next request to scan the `acs_credential`.
                     */
                    acs_encoder_id: string;
                    /**
                     * @description Scenario to simulate.
                     * @default credential_exists_on_seam
                     * @enum {string}
                     */
                    scenario?: "credential_exists_on_seam" | "credential_on_encoder_needs_update";
                } | {
                    /**
                     * Format: uuid
                     * @description ID of the `acs_encoder` that will be used in the next request to scan the `acs_credential`.
                     */
                    acs_encoder_id: string;
                    /**
                     * @description Scenario to simulate.
                     * @enum {string}
                     */
                    scenario: "credential_does_not_exist_on_seam";
                } | {
                    /**
                     * Format: uuid
                     * @description ID of the `acs_encoder` that will be used in the next request to scan the `acs_credential`.
                     */
                    acs_encoder_id: string;
                    /**
                     * @description Scenario to simulate.
                     * @enum {string}
                     */
                    scenario: "credential_on_encoder_is_empty";
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ok: boolean;
                    };
                };
            };
        };
    };
    "acs.entrances.get": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description ID of the entrance that you want to get.
                     */
                    acs_entrance_id: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        acs_entrance: components["schemas"]["acs_entrance"];
                        ok: boolean;
                    };
                };
            };
        };
    };
    "acs.entrances.grant_access": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description ID of the entrance to which you want to grant an access system user access.
                     */
                    acs_entrance_id: string;
                    /**
                     * Format: uuid
                     * @description ID of the access system user to whom you want to grant access to an entrance. You can only provide one of acs_user_id or user_identity_id.
                     */
                    acs_user_id?: string;
                    /**
                     * Format: uuid
                     * @description ID of the user identity to whom you want to grant access to an entrance. You can only provide one of acs_user_id or user_identity_id. If the ACS system contains an ACS user with the same `email_address` or `phone_number` as the user identity that you specify, they are linked, and the access group membership belongs to the ACS user. If the ACS system does not have a corresponding ACS user, one is created.
                     */
                    user_identity_id?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ok: boolean;
                    };
                };
            };
        };
    };
    "acs.entrances.list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description ID of the credential for which you want to retrieve all entrances.
                     */
                    acs_credential_id?: string;
                    /** @description IDs of the entrances for which you want to retrieve all entrances. */
                    acs_entrance_ids?: string[];
                    /**
                     * Format: uuid
                     * @description ID of the access system for which you want to retrieve all entrances.
                     */
                    acs_system_id?: string;
                    /**
                     * Format: uuid
                     * @description ID of the connected account for which you want to retrieve all entrances.
                     */
                    connected_account_id?: string;
                    /** @description Customer key for which you want to list entrances. */
                    customer_key?: string;
                    /**
                     * @description Maximum number of records to return per page.
                     * @default 900
                     */
                    limit?: number;
                    /**
                     * Format: uuid
                     * @deprecated
                     * @description Deprecated: Use `space_id`.
                     */
                    location_id?: string | null;
                    /** @description Identifies the specific page of results to return, obtained from the previous page's `next_page_cursor`. */
                    page_cursor?: string | null;
                    /** @description String for which to search. Filters returned entrances to include all records that satisfy a partial match using `display_name`. */
                    search?: string;
                    /**
                     * Format: uuid
                     * @description ID of the space for which you want to list entrances.
                     */
                    space_id?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        acs_entrances: components["schemas"]["acs_entrance"][];
                        ok: boolean;
                        pagination: components["schemas"]["pagination"];
                    };
                };
            };
        };
    };
    "acs.entrances.list_credentials_with_access": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description ID of the entrance for which you want to list all credentials that grant access.
                     */
                    acs_entrance_id: string;
                    /** @description Conditions that credentials must meet to be included in the returned list. */
                    include_if?: "visionline_metadata.is_valid"[];
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        acs_credentials: components["schemas"]["acs_credential"][];
                        ok: boolean;
                    };
                };
            };
        };
    };
    "acs.entrances.unlock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description ID of the cloud_key credential to use for the unlock operation.
                     */
                    acs_credential_id: string;
                    /**
                     * Format: uuid
                     * @description ID of the entrance to unlock.
                     */
                    acs_entrance_id: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        action_attempt: components["schemas"]["action_attempt"];
                        ok: boolean;
                    };
                };
            };
        };
    };
    "acs.systems.get": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description ID of the access system that you want to get.
                     */
                    acs_system_id: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        acs_system: components["schemas"]["acs_system"];
                        ok: boolean;
                    };
                };
            };
        };
    };
    "acs.systems.list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description ID of the connected account by which you want to filter the list of access systems.
                     */
                    connected_account_id?: string;
                    /** @description Customer key for which you want to list access systems. */
                    customer_key?: string;
                    /** @description String for which to search. Filters returned access systems to include all records that satisfy a partial match using `name` or `acs_system_id`. */
                    search?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        acs_systems: components["schemas"]["acs_system"][];
                        ok: boolean;
                    };
                };
            };
        };
    };
    "acs.systems.list_compatible_credential_manager_acs_systems": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description ID of the access system for which you want to retrieve all compatible credential manager systems.
                     */
                    acs_system_id: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        acs_systems: components["schemas"]["acs_system"][];
                        ok: boolean;
                    };
                };
            };
        };
    };
    "acs.systems.report_devices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /**
                     * @description Array of ACS encoders to report
                     * @default []
                     */
                    acs_encoders?: {
                        /** @description Hotek-specific metadata associated with the entrance. */
                        hotek_metadata: {
                            /** @description The encoder number determined by the USB port connection. */
                            encoder_number: string;
                        };
                        /**
                         * @description Whether the encoder is removed
                         * @default false
                         */
                        is_removed?: boolean;
                    }[];
                    /**
                     * @description Array of ACS entrances to report
                     * @default []
                     */
                    acs_entrances?: {
                        /** @description Hotek-specific metadata associated with the entrance. */
                        hotek_metadata: {
                            /** @description The common area name */
                            common_area_name?: string;
                            /** @description The room number identifier */
                            common_area_number?: string;
                            /** @description The room number identifier */
                            room_number?: string;
                        };
                        /**
                         * @description Whether the entrance is removed
                         * @default false
                         */
                        is_removed?: boolean;
                    }[];
                    /**
                     * Format: uuid
                     * @description ID of the ACS system to report resources for
                     */
                    acs_system_id: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ok: boolean;
                    };
                };
            };
        };
    };
    "acs.users.add_to_access_group": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description ID of the access group to which you want to add an access system user.
                     */
                    acs_access_group_id: string;
                    /**
                     * Format: uuid
                     * @description ID of the access system user that you want to add to an access group.
                     */
                    acs_user_id: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ok: boolean;
                    };
                };
            };
        };
    };
    "acs.users.create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /** @description `starts_at` and `ends_at` timestamps for the new access system user's access. If you specify an `access_schedule`, you may include both `starts_at` and `ends_at`. If you omit `starts_at`, it defaults to the current time. `ends_at` is optional and must be a time in the future and after `starts_at`. */
                    access_schedule?: {
                        /**
                         * Format: date-time
                         * @description Ending timestamp for the new access system user's access.
                         */
                        ends_at?: string | null;
                        /**
                         * Format: date-time
                         * @description Starting timestamp for the new access system user's access.
                         */
                        starts_at?: string;
                    };
                    /**
                     * @description Array of access group IDs to indicate the access groups to which you want to add the new access system user.
                     * @default []
                     */
                    acs_access_group_ids?: string[];
                    /**
                     * Format: uuid
                     * @description ID of the access system to which you want to add the new access system user.
                     */
                    acs_system_id: string;
                    /**
                     * Format: email
                     * @deprecated
                     * @description Deprecated: use email_address.
                     */
                    email?: string;
                    /**
                     * Format: email
                     * @description Email address of the [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management).
                     */
                    email_address?: string;
                    /** @description Full name of the new access system user. */
                    full_name: string;
                    /** @description Phone number of the [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management) in E.164 format (for example, `+15555550100`). */
                    phone_number?: string;
                    /**
                     * Format: uuid
                     * @description ID of the user identity with which you want to associate the new access system user.
                     */
                    user_identity_id?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        acs_user: components["schemas"]["acs_user"];
                        ok: boolean;
                    };
                };
            };
        };
    };
    "acs.users.delete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description ID of the access system that you want to delete. You must provide acs_system_id with user_identity_id.
                     */
                    acs_system_id?: string;
                    /**
                     * Format: uuid
                     * @description ID of the access system user that you want to delete. You must provide either acs_user_id or user_identity_id
                     */
                    acs_user_id?: string;
                    /**
                     * Format: uuid
                     * @description ID of the user identity that you want to delete. You must provide either acs_user_id or user_identity_id. If you provide user_identity_id, you must also provide acs_system_id.
                     */
                    user_identity_id?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ok: boolean;
                    };
                };
            };
        };
    };
    "acs.users.get": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description ID of the access system that you want to get. You can only provide acs_user_id or user_identity_id.
                     */
                    acs_system_id?: string;
                    /**
                     * Format: uuid
                     * @description ID of the access system user that you want to get. You can only provide acs_user_id or user_identity_id.
                     */
                    acs_user_id?: string;
                    /**
                     * Format: uuid
                     * @description ID of the user identity that you want to get. You can only provide acs_user_id or user_identity_id.
                     */
                    user_identity_id?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        acs_user: components["schemas"]["acs_user"];
                        ok: boolean;
                    };
                };
            };
        };
    };
    "acs.users.list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description ID of the `acs_system` for which you want to retrieve all access system users.
                     */
                    acs_system_id?: string;
                    /**
                     * Format: date-time
                     * @description Timestamp by which to limit returned access system users. Returns users created before this timestamp.
                     */
                    created_before?: string;
                    /**
                     * @description Maximum number of records to return per page.
                     * @default 500
                     */
                    limit?: number;
                    /** @description Identifies the specific page of results to return, obtained from the previous page's `next_page_cursor`. */
                    page_cursor?: string | null;
                    /** @description String for which to search. Filters returned access system users to include all records that satisfy a partial match using `full_name`, `phone_number`, `email_address`, `acs_user_id`, `user_identity_id`, `user_identity_full_name` or `user_identity_phone_number`. */
                    search?: string;
                    /** @description Email address of the user identity for which you want to retrieve all access system users. */
                    user_identity_email_address?: string;
                    /**
                     * Format: uuid
                     * @description ID of the user identity for which you want to retrieve all access system users.
                     */
                    user_identity_id?: string;
                    /** @description Phone number of the user identity for which you want to retrieve all access system users, in [E.164 format](https://www.itu.int/rec/T-REC-E.164/en) (for example, `+15555550100`). */
                    user_identity_phone_number?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        acs_users: components["schemas"]["acs_user"][];
                        ok: boolean;
                        pagination: components["schemas"]["pagination"];
                    };
                };
            };
        };
    };
    "acs.users.list_accessible_entrances": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description ID of the access system for which you want to list accessible entrances. You can only provide acs_system_id with user_identity_id.
                     */
                    acs_system_id?: string;
                    /**
                     * Format: uuid
                     * @description ID of the access system user for whom you want to list accessible entrances. You can only provide acs_user_id or user_identity_id.
                     */
                    acs_user_id?: string;
                    /**
                     * Format: uuid
                     * @description ID of the user identity for whom you want to list accessible entrances. You can only provide acs_user_id or user_identity_id.
                     */
                    user_identity_id?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        acs_entrances: components["schemas"]["acs_entrance"][];
                        ok: boolean;
                    };
                };
            };
        };
    };
    "acs.users.remove_from_access_group": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description ID of the access group from which you want to remove an access system user.
                     */
                    acs_access_group_id: string;
                    /**
                     * Format: uuid
                     * @description ID of the access system user that you want to remove from an access group. You can only provide acs_user_id or user_identity_id.
                     */
                    acs_user_id?: string;
                    /**
                     * Format: uuid
                     * @description ID of the user identity that you want to remove from an access group. You can only provide acs_user_id or user_identity_id.
                     */
                    user_identity_id?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ok: boolean;
                    };
                };
            };
        };
    };
    "acs.users.revoke_access_to_all_entrances": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description ID of the access system for which you want to revoke access. You can only provide acs_system_id with user_identity_id.
                     */
                    acs_system_id?: string;
                    /**
                     * Format: uuid
                     * @description ID of the access system user for whom you want to revoke access. You can only provide acs_user_id or user_identity_id.
                     */
                    acs_user_id?: string;
                    /**
                     * Format: uuid
                     * @description ID of the user identity for whom you want to revoke access. You can only provide acs_user_id or user_identity_id.
                     */
                    user_identity_id?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ok: boolean;
                    };
                };
            };
        };
    };
    "acs.users.suspend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description ID of the access system that you want to suspend. You can only provide acs_user_id or the combination of acs_system_id and user_identity_id.
                     */
                    acs_system_id?: string;
                    /**
                     * Format: uuid
                     * @description ID of the access system user that you want to suspend. You can only provide acs_user_id or the combination of acs_system_id and user_identity_id.
                     */
                    acs_user_id?: string;
                    /**
                     * Format: uuid
                     * @description ID of the user identity that you want to suspend. You can only provide acs_user_id or the combination of acs_system_id and user_identity_id.
                     */
                    user_identity_id?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ok: boolean;
                    };
                };
            };
        };
    };
    "acs.users.unmanaged.get": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description ID of the unmanaged access system user that you want to get.
                     */
                    acs_user_id: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        acs_user: components["schemas"]["unmanaged_acs_user"];
                        ok: boolean;
                    };
                };
            };
        };
    };
    "acs.users.unmanaged.list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description ID of the access system for which you want to retrieve all unmanaged access system users.
                     */
                    acs_system_id?: string;
                    /**
                     * Format: float
                     * @description Number of unmanaged access system users to return.
                     * @default 500
                     */
                    limit?: number;
                    /** @description String for which to search. Filters returned access system users to include all records that satisfy a partial match using `full_name`, `phone_number`, `email_address`, `acs_user_id`, `user_identity_id`, `user_identity_full_name` or `user_identity_phone_number`. */
                    search?: string;
                    /** @description Email address of the user identity for which you want to retrieve all unmanaged access system users. */
                    user_identity_email_address?: string;
                    /**
                     * Format: uuid
                     * @description ID of the user identity for which you want to retrieve all unmanaged access system users.
                     */
                    user_identity_id?: string;
                    /** @description Phone number of the user identity for which you want to retrieve all unmanaged access system users. */
                    user_identity_phone_number?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        acs_users: components["schemas"]["unmanaged_acs_user"][];
                        ok: boolean;
                    };
                };
            };
        };
    };
    "acs.users.unsuspend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description ID of the access system of the user that you want to unsuspend. You can only provide acs_system_id with user_identity_id.
                     */
                    acs_system_id?: string;
                    /**
                     * Format: uuid
                     * @description ID of the access system user that you want to unsuspend. You can only provide acs_user_id or the combination of acs_system_id and user_identity_id.
                     */
                    acs_user_id?: string;
                    /**
                     * Format: uuid
                     * @description ID of the user identity that you want to unsuspend. You can only provide acs_user_id or the combination of acs_system_id and user_identity_id.
                     */
                    user_identity_id?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ok: boolean;
                    };
                };
            };
        };
    };
    "acs.users.update": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /** @description `starts_at` and `ends_at` timestamps for the access system user's access. If you specify an `access_schedule`, you may include both `starts_at` and `ends_at`. If you omit `starts_at`, it defaults to the current time. `ends_at` is optional and must be a time in the future and after `starts_at`. */
                    access_schedule?: {
                        /**
                         * Format: date-time
                         * @description Ending timestamp for the access system user's access.
                         */
                        ends_at: string;
                        /**
                         * Format: date-time
                         * @description Starting timestamp for the access system user's access.
                         */
                        starts_at: string;
                    } | null;
                    /**
                     * Format: uuid
                     * @description ID of the access system that you want to update. You can only provide acs_system_id with user_identity_id.
                     */
                    acs_system_id?: string;
                    /**
                     * Format: uuid
                     * @description ID of the access system user that you want to update. You can only provide acs_user_id or user_identity_id.
                     */
                    acs_user_id?: string;
                    /**
                     * Format: email
                     * @deprecated
                     * @description Deprecated: use email_address.
                     */
                    email?: string;
                    /**
                     * Format: email
                     * @description Email address of the [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management).
                     */
                    email_address?: string;
                    /** @description Full name of the [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management). */
                    full_name?: string;
                    /**
                     * Format: uuid
                     * @description ID of the HID access control system associated with the user.
                     */
                    hid_acs_system_id?: string;
                    /** @description Phone number of the [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management) in E.164 format (for example, `+15555550100`). */
                    phone_number?: string;
                    /**
                     * Format: uuid
                     * @description ID of the user identity that you want to update. You can only provide acs_user_id or user_identity_id. If you provide user_identity_id, you must also provide acs_system_id.
                     */
                    user_identity_id?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ok: boolean;
                    };
                };
            };
        };
    };
}

/**
 * Group that defines the entrances to which a set of users has access and, in some cases, the access schedule for these entrances and users.
 */
export type AcsAccessGroup = components["schemas"]["acs_access_group"];
/**
 * Means by which an [access control system user](https://docs.seam.co/low-level-apis/access-systems/user-management) gains access at an [entrance](https://docs.seam.co/low-level-apis/access-systems/retrieving-entrance-details). The `acs_credential` object represents a [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) that provides an ACS user access within an [access control system](https://docs.seam.co/low-level-apis/access-systems).
 */
export type AcsCredential = components["schemas"]["acs_credential"];
export type AcsCredentialPool = components["schemas"]["acs_credential_pool"];
export type AcsCredentialProvisioningAutomation = components["schemas"]["acs_credential_provisioning_automation"];
/**
 * Represents a hardware device that encodes [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) data onto physical cards within an [access control system](https://docs.seam.co/low-level-apis/access-systems).
 */
export type AcsEncoder = components["schemas"]["acs_encoder"];
/**
 * Represents an [entrance](https://docs.seam.co/low-level-apis/access-systems/retrieving-entrance-details) within an [access control system](https://docs.seam.co/low-level-apis/access-systems).
 */
export type AcsEntrance = components["schemas"]["acs_entrance"];
/**
 * Represents an [access control system](https://docs.seam.co/low-level-apis/access-systems).
 */
export type AcsSystem = components["schemas"]["acs_system"];
/**
 * Represents a [user](https://docs.seam.co/low-level-apis/access-systems/user-management) in an [access system](https://docs.seam.co/low-level-apis/access-systems).
 */
export type AcsUser = components["schemas"]["acs_user"];
/**
 * Represents an action attempt that enables you to keep track of the progress of your action that affects a physical device or system.actions against a device. Action attempts are useful because the physical world is intrinsically asynchronous.
 */
export type ActionAttempt = components["schemas"]["action_attempt"];
/**
 * Information about the current page of results.
 */
export type Pagination = components["schemas"]["pagination"];
export type UnmanagedAcsAccessGroup = components["schemas"]["unmanaged_acs_access_group"];
/**
 * Means by which an [ACS user](https://docs.seam.co/low-level-apis/access-systems/user-management) gains access at an [entrance](https://docs.seam.co/low-level-apis/access-systems/retrieving-entrance-details). The `unmanaged_acs_credential` object, which is not managed by Seam, represents a [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) that provides an ACS user access within an [access control system](https://docs.seam.co/low-level-apis/access-systems). For each `acs_credential` object, you define the access method. You can also specify additional properties, such as a PIN code.
 */
export type UnmanagedAcsCredential = components["schemas"]["unmanaged_acs_credential"];
/**
 * Represents an unmanaged [user](https://docs.seam.co/low-level-apis/access-systems/user-management) in an [access system](https://docs.seam.co/low-level-apis/access-systems).
 */
export type UnmanagedAcsUser = components["schemas"]["unmanaged_acs_user"];
