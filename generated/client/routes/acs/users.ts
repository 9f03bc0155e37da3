/* Generated from the Seam Connect OpenAPI spec (version 1.0.0): do not edit by hand. */

import type { HttpClient, RequestOptions } from '../../runtime.js'
import type { AcsEntrance, AcsUser, operations } from '../../types.js'
import { SeamHttpAcsUsersUnmanaged } from './users/unmanaged.js'

/** Arguments of `seam.acs.users.addToAccessGroup()`. */
export type AcsUsersAddToAccessGroupParams = NonNullable<
  operations['acs.users.add_to_access_group']['requestBody']
>['content']['application/json']
/** What `seam.acs.users.addToAccessGroup()` returns. */
export type AcsUsersAddToAccessGroupResponse = void

/** Arguments of `seam.acs.users.create()`. */
export type AcsUsersCreateParams = NonNullable<
  operations['acs.users.create']['requestBody']
>['content']['application/json']
/** What `seam.acs.users.create()` returns. */
export type AcsUsersCreateResponse = AcsUser

/** Every field `seam.acs.users.delete()` takes; `AcsUsersDeleteParams` says which go together. */
export type AcsUsersDeleteFields = NonNullable<
  operations['acs.users.delete']['requestBody']
>['content']['application/json']
/** Arguments of `seam.acs.users.delete()`: either `acs_user_id`, or `acs_system_id` and `user_identity_id`. */
export type AcsUsersDeleteParams = Omit<
  AcsUsersDeleteFields,
  'acs_system_id' | 'acs_user_id' | 'user_identity_id'
> &
  (
    | {
        acs_system_id?: AcsUsersDeleteFields['acs_system_id']
        acs_user_id: Exclude<AcsUsersDeleteFields['acs_user_id'], undefined>
        user_identity_id?: never
      }
    | {
        acs_system_id: Exclude<AcsUsersDeleteFields['acs_system_id'], undefined>
        acs_user_id?: never
        user_identity_id: Exclude<AcsUsersDeleteFields['user_identity_id'], undefined>
      }
  )
/** What `seam.acs.users.delete()` returns. */
export type AcsUsersDeleteResponse = void

/** Every field `seam.acs.users.get()` takes; `AcsUsersGetParams` says which go together. */
export type AcsUsersGetFields = NonNullable<
  operations['acs.users.get']['requestBody']
>['content']['application/json']
/** Arguments of `seam.acs.users.get()`: either `acs_user_id`, or `user_identity_id`. */
export type AcsUsersGetParams = Omit<AcsUsersGetFields, 'acs_user_id' | 'user_identity_id'> &
  (
    | {
        acs_user_id: Exclude<AcsUsersGetFields['acs_user_id'], undefined>
        user_identity_id?: never
      }
    | {
        acs_user_id?: never
        user_identity_id: Exclude<AcsUsersGetFields['user_identity_id'], undefined>
      }
  )
/** What `seam.acs.users.get()` returns. */
export type AcsUsersGetResponse = AcsUser

/** Arguments of `seam.acs.users.list()`. */
export type AcsUsersListParams = NonNullable<
  operations['acs.users.list']['requestBody']
>['content']['application/json']
/** What `seam.acs.users.list()` returns. */
export type AcsUsersListResponse = AcsUser[]

/** Every field `seam.acs.users.listAccessibleEntrances()` takes; `AcsUsersListAccessibleEntrancesParams` says which go together. */
export type AcsUsersListAccessibleEntrancesFields = NonNullable<
  operations['acs.users.list_accessible_entrances']['requestBody']
>['content']['application/json']
/** Arguments of `seam.acs.users.listAccessibleEntrances()`: either `acs_user_id`, or `acs_system_id` and `user_identity_id`, or `user_identity_id`. */
export type AcsUsersListAccessibleEntrancesParams = Omit<
  AcsUsersListAccessibleEntrancesFields,
  'acs_system_id' | 'acs_user_id' | 'user_identity_id'
> &
  (
    | {
        acs_system_id?: never
        acs_user_id: Exclude<AcsUsersListAccessibleEntrancesFields['acs_user_id'], undefined>
        user_identity_id?: never
      }
    | {
        acs_system_id: Exclude<AcsUsersListAccessibleEntrancesFields['acs_system_id'], undefined>
        acs_user_id?: never
        user_identity_id: Exclude<
          AcsUsersListAccessibleEntrancesFields['user_identity_id'],
          undefined
        >
      }
    | {
        acs_system_id?: never
        acs_user_id?: never
        user_identity_id: Exclude<
          AcsUsersListAccessibleEntrancesFields['user_identity_id'],
          undefined
        >
      }
  )
/** What `seam.acs.users.listAccessibleEntrances()` returns. */
export type AcsUsersListAccessibleEntrancesResponse = AcsEntrance[]

/** Every field `seam.acs.users.removeFromAccessGroup()` takes; `AcsUsersRemoveFromAccessGroupParams` says which go together. */
export type AcsUsersRemoveFromAccessGroupFields = NonNullable<
  operations['acs.users.remove_from_access_group']['requestBody']
>['content']['application/json']
/** Arguments of `seam.acs.users.removeFromAccessGroup()`: either `acs_user_id`, or `user_identity_id`. */
export type AcsUsersRemoveFromAccessGroupParams = Omit<
  AcsUsersRemoveFromAccessGroupFields,
  'acs_user_id' | 'user_identity_id'
> &
  (
    | {
        acs_user_id: Exclude<AcsUsersRemoveFromAccessGroupFields['acs_user_id'], undefined>
        user_identity_id?: never
      }
    | {
        acs_user_id?: never
        user_identity_id: Exclude<
          AcsUsersRemoveFromAccessGroupFields['user_identity_id'],
          undefined
        >
      }
  )
/** What `seam.acs.users.removeFromAccessGroup()` returns. */
export type AcsUsersRemoveFromAccessGroupResponse = void

/** Every field `seam.acs.users.revokeAccessToAllEntrances()` takes; `AcsUsersRevokeAccessToAllEntrancesParams` says which go together. */
export type AcsUsersRevokeAccessToAllEntrancesFields = NonNullable<
  operations['acs.users.revoke_access_to_all_entrances']['requestBody']
>['content']['application/json']
/** Arguments of `seam.acs.users.revokeAccessToAllEntrances()`: either `acs_user_id`, or `acs_system_id` and `user_identity_id`, or `user_identity_id`. */
export type AcsUsersRevokeAccessToAllEntrancesParams = Omit<
  AcsUsersRevokeAccessToAllEntrancesFields,
  'acs_system_id' | 'acs_user_id' | 'user_identity_id'
> &
  (
    | {
        acs_system_id?: never
        acs_user_id: Exclude<AcsUsersRevokeAccessToAllEntrancesFields['acs_user_id'], undefined>
        user_identity_id?: never
      }
    | {
        acs_system_id: Exclude<AcsUsersRevokeAccessToAllEntrancesFields['acs_system_id'], undefined>
        acs_user_id?: never
        user_identity_id: Exclude<
          AcsUsersRevokeAccessToAllEntrancesFields['user_identity_id'],
          undefined
        >
      }
    | {
        acs_system_id?: never
        acs_user_id?: never
        user_identity_id: Exclude<
          AcsUsersRevokeAccessToAllEntrancesFields['user_identity_id'],
          undefined
        >
      }
  )
/** What `seam.acs.users.revokeAccessToAllEntrances()` returns. */
export type AcsUsersRevokeAccessToAllEntrancesResponse = void

/** Every field `seam.acs.users.suspend()` takes; `AcsUsersSuspendParams` says which go together. */
export type AcsUsersSuspendFields = NonNullable<
  operations['acs.users.suspend']['requestBody']
>['content']['application/json']
/** Arguments of `seam.acs.users.suspend()`: either `acs_user_id`, or `acs_system_id` and `user_identity_id`. */
export type AcsUsersSuspendParams = Omit<
  AcsUsersSuspendFields,
  'acs_system_id' | 'acs_user_id' | 'user_identity_id'
> &
  (
    | {
        acs_system_id?: never
        acs_user_id: Exclude<AcsUsersSuspendFields['acs_user_id'], undefined>
        user_identity_id?: never
      }
    | {
        acs_system_id: Exclude<AcsUsersSuspendFields['acs_system_id'], undefined>
        acs_user_id?: never
        user_identity_id: Exclude<AcsUsersSuspendFields['user_identity_id'], undefined>
      }
  )
/** What `seam.acs.users.suspend()` returns. */
export type AcsUsersSuspendResponse = void

/** Every field `seam.acs.users.unsuspend()` takes; `AcsUsersUnsuspendParams` says which go together. */
export type AcsUsersUnsuspendFields = NonNullable<
  operations['acs.users.unsuspend']['requestBody']
>['content']['application/json']
/** Arguments of `seam.acs.users.unsuspend()`: either `acs_user_id`, or `acs_system_id` and `user_identity_id`. */
export type AcsUsersUnsuspendParams = Omit<
  AcsUsersUnsuspendFields,
  'acs_system_id' | 'acs_user_id' | 'user_identity_id'
> &
  (
    | {
        acs_system_id?: never
        acs_user_id: Exclude<AcsUsersUnsuspendFields['acs_user_id'], undefined>
        user_identity_id?: never
      }
    | {
        acs_system_id: Exclude<AcsUsersUnsuspendFields['acs_system_id'], undefined>
        acs_user_id?: never
        user_identity_id: Exclude<AcsUsersUnsuspendFields['user_identity_id'], undefined>
      }
  )
/** What `seam.acs.users.unsuspend()` returns. */
export type AcsUsersUnsuspendResponse = void

/** Every field `seam.acs.users.update()` takes; `AcsUsersUpdateParams` says which go together. */
export type AcsUsersUpdateFields = NonNullable<
  operations['acs.users.update']['requestBody']
>['content']['application/json']
/** Arguments of `seam.acs.users.update()`: either `acs_user_id`, or `acs_system_id` and `user_identity_id`. */
export type AcsUsersUpdateParams = Omit<
  AcsUsersUpdateFields,
  'acs_system_id' | 'acs_user_id' | 'user_identity_id'
> &
  (
    | {
        acs_system_id?: never
        acs_user_id: Exclude<AcsUsersUpdateFields['acs_user_id'], undefined>
        user_identity_id?: never
      }
    | {
        acs_system_id: Exclude<AcsUsersUpdateFields['acs_system_id'], undefined>
        acs_user_id?: never
        user_identity_id: Exclude<AcsUsersUpdateFields['user_identity_id'], undefined>
      }
  )
/** What `seam.acs.users.update()` returns. */
export type AcsUsersUpdateResponse = void

/** Methods of `seam.acs.users`. */
export class SeamHttpAcsUsers {
  /** Methods of `seam.acs.users.unmanaged`. */
  readonly unmanaged: SeamHttpAcsUsersUnmanaged
  readonly #client: HttpClient

  constructor(client: HttpClient) {
    this.#client = client
    this.unmanaged = new SeamHttpAcsUsersUnmanaged(client)
  }

  /**
   * Add an ACS User to an Access Group
   *
   * Adds a specified [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management) to a specified [access group](https://docs.seam.co/low-level-apis/access-systems/user-management/assigning-users-to-access-groups).
   *
   * `POST /acs/users/add_to_access_group`
   *
   * @param params - The arguments, flat (`AcsUsersAddToAccessGroupParams`).
   * @param params.acs_access_group_id - ID of the access group to which you want to add an access system user.
   * @param params.acs_user_id - ID of the access system user that you want to add to an access group.
   * @param options - For this call only: `timeout`, `signal`, `headers`, `retry`.
   * @returns Nothing: the promise resolves once the call succeeds.
   * @throws {ClientError} A 4xx response: the request was refused.
   * @throws {ServerError} A 5xx response, after the retries of an idempotent call.
   * @throws {TimeoutError} A try took longer than the timeout.
   * @see docs/acs/users/add_to_access_group.md
   * @example
   * await seam.acs.users.addToAccessGroup({
   *   acs_user_id: "8880b788-dbdf-59e5-9ebf-e9d60d9f9090",
   *   acs_access_group_id: "a9baab47-7ffb-5d32-a521-39df2151fb29",
   * });
   */
  addToAccessGroup(
    params: AcsUsersAddToAccessGroupParams,
    options?: RequestOptions,
  ): Promise<AcsUsersAddToAccessGroupResponse> {
    return this.#client.request<AcsUsersAddToAccessGroupResponse>(
      {
        method: 'POST',
        path: '/acs/users/add_to_access_group',
        params,
        bodyKind: 'json',
        responseKey: null,
        idempotent: true,
      },
      options,
    )
  }

  /**
   * Create an ACS User
   *
   * Creates a new [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management).
   *
   * `POST /acs/users/create`
   *
   * @param params - The arguments, flat (`AcsUsersCreateParams`).
   * @param params.access_schedule - `starts_at` and `ends_at` timestamps for the new access system user's access. If you specify an `access_schedule`, you may include both `starts_at` and `ends_at`. If you omit `starts_at`, it defaults to the current time. `ends_at` is optional and must be a time in the future and after `starts_at`.
   * @param params.acs_access_group_ids - Array of access group IDs to indicate the access groups to which you want to add the new access system user.
   * @param params.acs_system_id - ID of the access system to which you want to add the new access system user.
   * @param params.email - Deprecated: use email_address.
   * @param params.email_address - Email address of the [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management).
   * @param params.full_name - Full name of the new access system user.
   * @param params.phone_number - Phone number of the [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management) in E.164 format (for example, `+15555550100`).
   * @param params.user_identity_id - ID of the user identity with which you want to associate the new access system user.
   * @param options - For this call only: `timeout`, `signal`, `headers`, `retry`.
   * @returns The response's `acs_user` (`AcsUsersCreateResponse`): Represents a [user](https://docs.seam.co/low-level-apis/access-systems/user-management) in an [access system](https://docs.seam.co/low-level-apis/access-systems).
   * @throws {ClientError} A 4xx response: the request was refused.
   * @throws {ServerError} A 5xx response, after the retries of an idempotent call.
   * @throws {TimeoutError} A try took longer than the timeout.
   * @see docs/acs/users/create.md
   * @example
   * await seam.acs.users.create({
   *   acs_system_id: "1c018e12-4d42-5507-a992-3326b06eb92f",
   *   full_name: "Jane Doe",
   *   acs_access_group_ids: ["a9baab47-7ffb-5d32-a521-39df2151fb29"],
   *   user_identity_id: "15c9438e-fed3-5f72-8faa-9bc12929f98c",
   *   email_address: "jane@example.com",
   *   phone_number: "+15555550100",
   *   access_schedule: {
   *     ends_at: "2025-06-18T16:54:17.946Z",
   *     starts_at: "2025-06-15T16:54:17.946Z",
   *   },
   * });
   */
  create(params: AcsUsersCreateParams, options?: RequestOptions): Promise<AcsUsersCreateResponse> {
    return this.#client.request<AcsUsersCreateResponse>(
      {
        method: 'POST',
        path: '/acs/users/create',
        params,
        bodyKind: 'json',
        responseKey: 'acs_user',
      },
      options,
    )
  }

  /**
   * Delete an ACS User
   *
   * Deletes a specified [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management) and invalidates the access system user's [credentials](https://docs.seam.co/low-level-apis/access-systems/managing-credentials).
   *
   * `POST /acs/users/delete`
   *
   * @param params - The arguments, flat (`AcsUsersDeleteParams`).
   * @param params.acs_system_id - ID of the access system that you want to delete. You must provide acs_system_id with user_identity_id.
   * @param params.acs_user_id - ID of the access system user that you want to delete. You must provide either acs_user_id or user_identity_id
   * @param params.user_identity_id - ID of the user identity that you want to delete. You must provide either acs_user_id or user_identity_id. If you provide user_identity_id, you must also provide acs_system_id.
   * @param options - For this call only: `timeout`, `signal`, `headers`, `retry`.
   * @returns Nothing: the promise resolves once the call succeeds.
   * @throws {ClientError} A 4xx response: the request was refused.
   * @throws {ServerError} A 5xx response, after the retries of an idempotent call.
   * @throws {TimeoutError} A try took longer than the timeout.
   * @see docs/acs/users/delete.md
   * @example
   * await seam.acs.users.delete({
   *   acs_user_id: "8880b788-dbdf-59e5-9ebf-e9d60d9f9090",
   * });
   */
  delete(params: AcsUsersDeleteParams, options?: RequestOptions): Promise<AcsUsersDeleteResponse> {
    return this.#client.request<AcsUsersDeleteResponse>(
      {
        method: 'POST',
        path: '/acs/users/delete',
        params,
        bodyKind: 'json',
        responseKey: null,
        idempotent: true,
      },
      options,
    )
  }

  /**
   * Get an ACS User
   *
   * Returns a specified [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management).
   *
   * `POST /acs/users/get`
   *
   * @param params - The arguments, flat (`AcsUsersGetParams`).
   * @param params.acs_system_id - ID of the access system that you want to get. You can only provide acs_user_id or user_identity_id.
   * @param params.acs_user_id - ID of the access system user that you want to get. You can only provide acs_user_id or user_identity_id.
   * @param params.user_identity_id - ID of the user identity that you want to get. You can only provide acs_user_id or user_identity_id.
   * @param options - For this call only: `timeout`, `signal`, `headers`, `retry`.
   * @returns The response's `acs_user` (`AcsUsersGetResponse`): Represents a [user](https://docs.seam.co/low-level-apis/access-systems/user-management) in an [access system](https://docs.seam.co/low-level-apis/access-systems).
   * @throws {ClientError} A 4xx response: the request was refused.
   * @throws {ServerError} A 5xx response, after the retries of an idempotent call.
   * @throws {TimeoutError} A try took longer than the timeout.
   * @see docs/acs/users/get.md
   * @example
   * await seam.acs.users.get({
   *   acs_user_id: "8880b788-dbdf-59e5-9ebf-e9d60d9f9090",
   * });
   */
  get(params: AcsUsersGetParams, options?: RequestOptions): Promise<AcsUsersGetResponse> {
    return this.#client.request<AcsUsersGetResponse>(
      {
        method: 'POST',
        path: '/acs/users/get',
        params,
        bodyKind: 'json',
        responseKey: 'acs_user',
        idempotent: true,
      },
      options,
    )
  }

  /**
   * List ACS Users
   *
   * Returns a list of all [access system users](https://docs.seam.co/low-level-apis/access-systems/user-management).
   *
   * `POST /acs/users/list`
   *
   * @param params - The arguments, flat (`AcsUsersListParams`).
   * @param params.acs_system_id - ID of the `acs_system` for which you want to retrieve all access system users.
   * @param params.created_before - Timestamp by which to limit returned access system users. Returns users created before this timestamp.
   * @param params.limit - Maximum number of records to return per page.
   * @param params.page_cursor - Identifies the specific page of results to return, obtained from the previous page's `next_page_cursor`.
   * @param params.search - String for which to search. Filters returned access system users to include all records that satisfy a partial match using `full_name`, `phone_number`, `email_address`, `acs_user_id`, `user_identity_id`, `user_identity_full_name` or `user_identity_phone_number`.
   * @param params.user_identity_email_address - Email address of the user identity for which you want to retrieve all access system users.
   * @param params.user_identity_id - ID of the user identity for which you want to retrieve all access system users.
   * @param params.user_identity_phone_number - Phone number of the user identity for which you want to retrieve all access system users, in [E.164 format](https://www.itu.int/rec/T-REC-E.164/en) (for example, `+15555550100`).
   * @param options - For this call only: `timeout`, `signal`, `headers`, `retry`.
   * @returns The response's `acs_users` (`AcsUsersListResponse`).
   * @throws {ClientError} A 4xx response: the request was refused.
   * @throws {ServerError} A 5xx response, after the retries of an idempotent call.
   * @throws {TimeoutError} A try took longer than the timeout.
   * @see docs/acs/users/list.md
   * @example
   * await seam.acs.users.list();
   */
  list(params?: AcsUsersListParams, options?: RequestOptions): Promise<AcsUsersListResponse> {
    return this.#client.request<AcsUsersListResponse>(
      {
        method: 'POST',
        path: '/acs/users/list',
        params,
        bodyKind: 'json',
        responseKey: 'acs_users',
        idempotent: true,
      },
      options,
    )
  }

  /**
   * Every item of `list`, page after page: follows `pagination.next_page_cursor` until the last page.
   *
   * `POST /acs/users/list`
   *
   * @param params - The arguments, flat (`AcsUsersListParams`).
   * @param params.acs_system_id - ID of the `acs_system` for which you want to retrieve all access system users.
   * @param params.created_before - Timestamp by which to limit returned access system users. Returns users created before this timestamp.
   * @param params.limit - Maximum number of records to return per page.
   * @param params.page_cursor - Identifies the specific page of results to return, obtained from the previous page's `next_page_cursor`.
   * @param params.search - String for which to search. Filters returned access system users to include all records that satisfy a partial match using `full_name`, `phone_number`, `email_address`, `acs_user_id`, `user_identity_id`, `user_identity_full_name` or `user_identity_phone_number`.
   * @param params.user_identity_email_address - Email address of the user identity for which you want to retrieve all access system users.
   * @param params.user_identity_id - ID of the user identity for which you want to retrieve all access system users.
   * @param params.user_identity_phone_number - Phone number of the user identity for which you want to retrieve all access system users, in [E.164 format](https://www.itu.int/rec/T-REC-E.164/en) (for example, `+15555550100`).
   * @param options - For this call only: `timeout`, `signal`, `headers`, `retry`.
   * @returns The items of every page, fetched as the loop asks for them.
   * @throws {ClientError} A 4xx response: the request was refused.
   * @throws {ServerError} A 5xx response, after the retries of an idempotent call.
   * @throws {TimeoutError} A try took longer than the timeout.
   * @see docs/acs/users/list.md
   */
  listAll(
    params?: AcsUsersListParams,
    options?: RequestOptions,
  ): AsyncIterable<AcsUsersListResponse[number]> {
    return this.#client.paginate<AcsUsersListResponse[number]>(
      {
        method: 'POST',
        path: '/acs/users/list',
        params,
        bodyKind: 'json',
        responseKey: 'acs_users',
        idempotent: true,
        cursorParameter: 'page_cursor',
        nextCursorPath: ['pagination', 'next_page_cursor'],
      },
      options,
    )
  }

  /**
   * List ACS User-Accessible Entrances
   *
   * Lists the [entrances](https://docs.seam.co/api/acs/entrances) to which a specified [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management) has access.
   *
   * `POST /acs/users/list_accessible_entrances`
   *
   * @param params - The arguments, flat (`AcsUsersListAccessibleEntrancesParams`).
   * @param params.acs_system_id - ID of the access system for which you want to list accessible entrances. You can only provide acs_system_id with user_identity_id.
   * @param params.acs_user_id - ID of the access system user for whom you want to list accessible entrances. You can only provide acs_user_id or user_identity_id.
   * @param params.user_identity_id - ID of the user identity for whom you want to list accessible entrances. You can only provide acs_user_id or user_identity_id.
   * @param options - For this call only: `timeout`, `signal`, `headers`, `retry`.
   * @returns The response's `acs_entrances` (`AcsUsersListAccessibleEntrancesResponse`).
   * @throws {ClientError} A 4xx response: the request was refused.
   * @throws {ServerError} A 5xx response, after the retries of an idempotent call.
   * @throws {TimeoutError} A try took longer than the timeout.
   * @see docs/acs/users/list_accessible_entrances.md
   * @example
   * await seam.acs.users.listAccessibleEntrances({
   *   acs_user_id: "8880b788-dbdf-59e5-9ebf-e9d60d9f9090",
   * });
   */
  listAccessibleEntrances(
    params: AcsUsersListAccessibleEntrancesParams,
    options?: RequestOptions,
  ): Promise<AcsUsersListAccessibleEntrancesResponse> {
    return this.#client.request<AcsUsersListAccessibleEntrancesResponse>(
      {
        method: 'POST',
        path: '/acs/users/list_accessible_entrances',
        params,
        bodyKind: 'json',
        responseKey: 'acs_entrances',
        idempotent: true,
      },
      options,
    )
  }

  /**
   * Remove an ACS User from an Access Group
   *
   * Removes a specified [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management) from a specified [access group](https://docs.seam.co/low-level-apis/access-systems/user-management/assigning-users-to-access-groups).
   *
   * `POST /acs/users/remove_from_access_group`
   *
   * @param params - The arguments, flat (`AcsUsersRemoveFromAccessGroupParams`).
   * @param params.acs_access_group_id - ID of the access group from which you want to remove an access system user.
   * @param params.acs_user_id - ID of the access system user that you want to remove from an access group. You can only provide acs_user_id or user_identity_id.
   * @param params.user_identity_id - ID of the user identity that you want to remove from an access group. You can only provide acs_user_id or user_identity_id.
   * @param options - For this call only: `timeout`, `signal`, `headers`, `retry`.
   * @returns Nothing: the promise resolves once the call succeeds.
   * @throws {ClientError} A 4xx response: the request was refused.
   * @throws {ServerError} A 5xx response, after the retries of an idempotent call.
   * @throws {TimeoutError} A try took longer than the timeout.
   * @see docs/acs/users/remove_from_access_group.md
   * @example
   * await seam.acs.users.removeFromAccessGroup({
   *   acs_user_id: "8880b788-dbdf-59e5-9ebf-e9d60d9f9090",
   *   acs_access_group_id: "a9baab47-7ffb-5d32-a521-39df2151fb29",
   * });
   */
  removeFromAccessGroup(
    params: AcsUsersRemoveFromAccessGroupParams,
    options?: RequestOptions,
  ): Promise<AcsUsersRemoveFromAccessGroupResponse> {
    return this.#client.request<AcsUsersRemoveFromAccessGroupResponse>(
      {
        method: 'POST',
        path: '/acs/users/remove_from_access_group',
        params,
        bodyKind: 'json',
        responseKey: null,
        idempotent: true,
      },
      options,
    )
  }

  /**
   * Revoke ACS User Access to All Entrances
   *
   * Revokes access to all [entrances](https://docs.seam.co/api/acs/entrances) for a specified [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management).
   *
   * `POST /acs/users/revoke_access_to_all_entrances`
   *
   * @param params - The arguments, flat (`AcsUsersRevokeAccessToAllEntrancesParams`).
   * @param params.acs_system_id - ID of the access system for which you want to revoke access. You can only provide acs_system_id with user_identity_id.
   * @param params.acs_user_id - ID of the access system user for whom you want to revoke access. You can only provide acs_user_id or user_identity_id.
   * @param params.user_identity_id - ID of the user identity for whom you want to revoke access. You can only provide acs_user_id or user_identity_id.
   * @param options - For this call only: `timeout`, `signal`, `headers`, `retry`.
   * @returns Nothing: the promise resolves once the call succeeds.
   * @throws {ClientError} A 4xx response: the request was refused.
   * @throws {ServerError} A 5xx response, after the retries of an idempotent call.
   * @throws {TimeoutError} A try took longer than the timeout.
   * @see docs/acs/users/revoke_access_to_all_entrances.md
   * @example
   * await seam.acs.users.revokeAccessToAllEntrances({
   *   acs_user_id: "8880b788-dbdf-59e5-9ebf-e9d60d9f9090",
   * });
   */
  revokeAccessToAllEntrances(
    params: AcsUsersRevokeAccessToAllEntrancesParams,
    options?: RequestOptions,
  ): Promise<AcsUsersRevokeAccessToAllEntrancesResponse> {
    return this.#client.request<AcsUsersRevokeAccessToAllEntrancesResponse>(
      {
        method: 'POST',
        path: '/acs/users/revoke_access_to_all_entrances',
        params,
        bodyKind: 'json',
        responseKey: null,
      },
      options,
    )
  }

  /**
   * Suspend an ACS User
   *
   * [Suspends](https://docs.seam.co/low-level-apis/access-systems/user-management/suspending-and-unsuspending-users#suspend-an-acs-user) a specified [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management). Suspending an access system user revokes their access temporarily. To restore an access system user's access, you can [unsuspend](https://docs.seam.co/api/acs/users/unsuspend) them.
   *
   * `POST /acs/users/suspend`
   *
   * @param params - The arguments, flat (`AcsUsersSuspendParams`).
   * @param params.acs_system_id - ID of the access system that you want to suspend. You can only provide acs_user_id or the combination of acs_system_id and user_identity_id.
   * @param params.acs_user_id - ID of the access system user that you want to suspend. You can only provide acs_user_id or the combination of acs_system_id and user_identity_id.
   * @param params.user_identity_id - ID of the user identity that you want to suspend. You can only provide acs_user_id or the combination of acs_system_id and user_identity_id.
   * @param options - For this call only: `timeout`, `signal`, `headers`, `retry`.
   * @returns Nothing: the promise resolves once the call succeeds.
   * @throws {ClientError} A 4xx response: the request was refused.
   * @throws {ServerError} A 5xx response, after the retries of an idempotent call.
   * @throws {TimeoutError} A try took longer than the timeout.
   * @see docs/acs/users/suspend.md
   * @example
   * await seam.acs.users.suspend({
   *   acs_user_id: "8880b788-dbdf-59e5-9ebf-e9d60d9f9090",
   * });
   */
  suspend(
    params: AcsUsersSuspendParams,
    options?: RequestOptions,
  ): Promise<AcsUsersSuspendResponse> {
    return this.#client.request<AcsUsersSuspendResponse>(
      { method: 'POST', path: '/acs/users/suspend', params, bodyKind: 'json', responseKey: null },
      options,
    )
  }

  /**
   * Unsuspend an ACS User
   *
   * [Unsuspends](https://docs.seam.co/low-level-apis/access-systems/user-management/suspending-and-unsuspending-users#unsuspend-an-acs-user) a specified suspended [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management). While [suspending an access system user](https://docs.seam.co/api/acs/users/suspend) revokes their access temporarily, unsuspending the access system user restores their access.
   *
   * `POST /acs/users/unsuspend`
   *
   * @param params - The arguments, flat (`AcsUsersUnsuspendParams`).
   * @param params.acs_system_id - ID of the access system of the user that you want to unsuspend. You can only provide acs_system_id with user_identity_id.
   * @param params.acs_user_id - ID of the access system user that you want to unsuspend. You can only provide acs_user_id or the combination of acs_system_id and user_identity_id.
   * @param params.user_identity_id - ID of the user identity that you want to unsuspend. You can only provide acs_user_id or the combination of acs_system_id and user_identity_id.
   * @param options - For this call only: `timeout`, `signal`, `headers`, `retry`.
   * @returns Nothing: the promise resolves once the call succeeds.
   * @throws {ClientError} A 4xx response: the request was refused.
   * @throws {ServerError} A 5xx response, after the retries of an idempotent call.
   * @throws {TimeoutError} A try took longer than the timeout.
   * @see docs/acs/users/unsuspend.md
   * @example
   * await seam.acs.users.unsuspend({
   *   acs_user_id: "8880b788-dbdf-59e5-9ebf-e9d60d9f9090",
   * });
   */
  unsuspend(
    params: AcsUsersUnsuspendParams,
    options?: RequestOptions,
  ): Promise<AcsUsersUnsuspendResponse> {
    return this.#client.request<AcsUsersUnsuspendResponse>(
      { method: 'POST', path: '/acs/users/unsuspend', params, bodyKind: 'json', responseKey: null },
      options,
    )
  }

  /**
   * Update an ACS User
   *
   * Updates the properties of a specified [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management).
   *
   * `POST /acs/users/update`
   *
   * @param params - The arguments, flat (`AcsUsersUpdateParams`).
   * @param params.access_schedule - `starts_at` and `ends_at` timestamps for the access system user's access. If you specify an `access_schedule`, you may include both `starts_at` and `ends_at`. If you omit `starts_at`, it defaults to the current time. `ends_at` is optional and must be a time in the future and after `starts_at`.
   * @param params.acs_system_id - ID of the access system that you want to update. You can only provide acs_system_id with user_identity_id.
   * @param params.acs_user_id - ID of the access system user that you want to update. You can only provide acs_user_id or user_identity_id.
   * @param params.email - Deprecated: use email_address.
   * @param params.email_address - Email address of the [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management).
   * @param params.full_name - Full name of the [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management).
   * @param params.hid_acs_system_id - ID of the HID access control system associated with the user.
   * @param params.phone_number - Phone number of the [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management) in E.164 format (for example, `+15555550100`).
   * @param params.user_identity_id - ID of the user identity that you want to update. You can only provide acs_user_id or user_identity_id. If you provide user_identity_id, you must also provide acs_system_id.
   * @param options - For this call only: `timeout`, `signal`, `headers`, `retry`.
   * @returns Nothing: the promise resolves once the call succeeds.
   * @throws {ClientError} A 4xx response: the request was refused.
   * @throws {ServerError} A 5xx response, after the retries of an idempotent call.
   * @throws {TimeoutError} A try took longer than the timeout.
   * @see docs/acs/users/update.md
   * @example
   * await seam.acs.users.update({
   *   acs_user_id: "8880b788-dbdf-59e5-9ebf-e9d60d9f9090",
   *   hid_acs_system_id: "f1d4493b-af4e-5553-ab9a-eba907e83b64",
   *   full_name: "Jane Doe",
   *   email_address: "jane@example.com",
   *   phone_number: "+15555550100",
   *   access_schedule: {
   *     ends_at: "2025-06-18T16:54:17.946Z",
   *     starts_at: "2025-06-15T16:54:17.946Z",
   *   },
   * });
   */
  update(params: AcsUsersUpdateParams, options?: RequestOptions): Promise<AcsUsersUpdateResponse> {
    return this.#client.request<AcsUsersUpdateResponse>(
      { method: 'POST', path: '/acs/users/update', params, bodyKind: 'json', responseKey: null },
      options,
    )
  }
}
