/* Generated from the Seam Connect OpenAPI spec (version 1.0.0): do not edit by hand. */

import type { HttpClient, RequestOptions } from '../../runtime.js'
import type { AcsAccessGroup, AcsEntrance, AcsUser, operations } from '../../types.js'
import { SeamHttpAcsAccessGroupsUnmanaged } from './access-groups/unmanaged.js'

/** Every field `seam.acs.accessGroups.addUser()` takes; `AcsAccessGroupsAddUserParams` says which go together. */
export type AcsAccessGroupsAddUserFields = NonNullable<
  operations['acs.access_groups.add_user']['requestBody']
>['content']['application/json']
/** Arguments of `seam.acs.accessGroups.addUser()`: either `acs_user_id`, or `user_identity_id`. */
export type AcsAccessGroupsAddUserParams = Omit<
  AcsAccessGroupsAddUserFields,
  'acs_user_id' | 'user_identity_id'
> &
  (
    | {
        acs_user_id: Exclude<AcsAccessGroupsAddUserFields['acs_user_id'], undefined>
        user_identity_id?: never
      }
    | {
        acs_user_id?: never
        user_identity_id: Exclude<AcsAccessGroupsAddUserFields['user_identity_id'], undefined>
      }
  )
/** What `seam.acs.accessGroups.addUser()` returns. */
export type AcsAccessGroupsAddUserResponse = void

/** Arguments of `seam.acs.accessGroups.delete()`. */
export type AcsAccessGroupsDeleteParams = NonNullable<
  operations['acs.access_groups.delete']['requestBody']
>['content']['application/json']
/** What `seam.acs.accessGroups.delete()` returns. */
export type AcsAccessGroupsDeleteResponse = void

/** Arguments of `seam.acs.accessGroups.get()`. */
export type AcsAccessGroupsGetParams = NonNullable<
  operations['acs.access_groups.get']['requestBody']
>['content']['application/json']
/** What `seam.acs.accessGroups.get()` returns. */
export type AcsAccessGroupsGetResponse = AcsAccessGroup

/** Arguments of `seam.acs.accessGroups.list()`. */
export type AcsAccessGroupsListParams = NonNullable<
  operations['acs.access_groups.list']['requestBody']
>['content']['application/json']
/** What `seam.acs.accessGroups.list()` returns. */
export type AcsAccessGroupsListResponse = AcsAccessGroup[]

/** Arguments of `seam.acs.accessGroups.listAccessibleEntrances()`. */
export type AcsAccessGroupsListAccessibleEntrancesParams = NonNullable<
  operations['acs.access_groups.list_accessible_entrances']['requestBody']
>['content']['application/json']
/** What `seam.acs.accessGroups.listAccessibleEntrances()` returns. */
export type AcsAccessGroupsListAccessibleEntrancesResponse = AcsEntrance[]

/** Arguments of `seam.acs.accessGroups.listUsers()`. */
export type AcsAccessGroupsListUsersParams = NonNullable<
  operations['acs.access_groups.list_users']['requestBody']
>['content']['application/json']
/** What `seam.acs.accessGroups.listUsers()` returns. */
export type AcsAccessGroupsListUsersResponse = AcsUser[]

/** Arguments of `seam.acs.accessGroups.removeUser()`. */
export type AcsAccessGroupsRemoveUserParams = NonNullable<
  operations['acs.access_groups.remove_user']['requestBody']
>['content']['application/json']
/** What `seam.acs.accessGroups.removeUser()` returns. */
export type AcsAccessGroupsRemoveUserResponse = void

/** Methods of `seam.acs.accessGroups`. */
export class SeamHttpAcsAccessGroups {
  /** Methods of `seam.acs.accessGroups.unmanaged`. */
  readonly unmanaged: SeamHttpAcsAccessGroupsUnmanaged
  readonly #client: HttpClient

  constructor(client: HttpClient) {
    this.#client = client
    this.unmanaged = new SeamHttpAcsAccessGroupsUnmanaged(client)
  }

  /**
   * Add an ACS User to an Access Group
   *
   * Adds a specified [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management) to a specified [access group](https://docs.seam.co/low-level-apis/access-systems/user-management/assigning-users-to-access-groups).
   *
   * `POST /acs/access_groups/add_user`
   *
   * @param params - The arguments, flat (`AcsAccessGroupsAddUserParams`).
   * @param params.acs_access_group_id - ID of the access group to which you want to add an access system user.
   * @param params.acs_user_id - ID of the access system user that you want to add to an access group. You can only provide one of acs_user_id or user_identity_id.
   * @param params.user_identity_id - ID of the desired user identity that you want to add to an access group. You can only provide one of acs_user_id or user_identity_id. If the ACS system contains an ACS user with the same `email_address` or `phone_number` as the user identity that you specify, they are linked, and the access group membership belongs to the ACS user. If the ACS system does not have a corresponding ACS user, one is created.
   * @param options - For this call only: `timeout`, `signal`, `headers`, `retry`.
   * @returns Nothing: the promise resolves once the call succeeds.
   * @throws {ClientError} A 4xx response: the request was refused.
   * @throws {ServerError} A 5xx response, after the retries of an idempotent call.
   * @throws {TimeoutError} A try took longer than the timeout.
   * @see docs/acs/access_groups/add_user.md
   * @example
   * await seam.acs.accessGroups.addUser({
   *   acs_access_group_id: "a9baab47-7ffb-5d32-a521-39df2151fb29",
   *   acs_user_id: "8880b788-dbdf-59e5-9ebf-e9d60d9f9090",
   * });
   */
  addUser(
    params: AcsAccessGroupsAddUserParams,
    options?: RequestOptions,
  ): Promise<AcsAccessGroupsAddUserResponse> {
    return this.#client.request<AcsAccessGroupsAddUserResponse>(
      {
        method: 'POST',
        path: '/acs/access_groups/add_user',
        params,
        bodyKind: 'json',
        responseKey: null,
        idempotent: true,
      },
      options,
    )
  }

  /**
   * Delete an Access Group
   *
   * Deletes a specified [access group](https://docs.seam.co/low-level-apis/access-systems/user-management/assigning-users-to-access-groups).
   *
   * `POST /acs/access_groups/delete`
   *
   * @param params - The arguments, flat (`AcsAccessGroupsDeleteParams`).
   * @param params.acs_access_group_id - ID of the access group that you want to delete.
   * @param options - For this call only: `timeout`, `signal`, `headers`, `retry`.
   * @returns Nothing: the promise resolves once the call succeeds.
   * @throws {ClientError} A 4xx response: the request was refused.
   * @throws {ServerError} A 5xx response, after the retries of an idempotent call.
   * @throws {TimeoutError} A try took longer than the timeout.
   * @see docs/acs/access_groups/delete.md
   * @example
   * await seam.acs.accessGroups.delete({
   *   acs_access_group_id: "a9baab47-7ffb-5d32-a521-39df2151fb29",
   * });
   */
  delete(
    params: AcsAccessGroupsDeleteParams,
    options?: RequestOptions,
  ): Promise<AcsAccessGroupsDeleteResponse> {
    return this.#client.request<AcsAccessGroupsDeleteResponse>(
      {
        method: 'POST',
        path: '/acs/access_groups/delete',
        params,
        bodyKind: 'json',
        responseKey: null,
        idempotent: true,
      },
      options,
    )
  }

  /**
   * Get an Access Group
   *
   * Returns a specified [access group](https://docs.seam.co/low-level-apis/access-systems/user-management/assigning-users-to-access-groups).
   *
   * `POST /acs/access_groups/get`
   *
   * @param params - The arguments, flat (`AcsAccessGroupsGetParams`).
   * @param params.acs_access_group_id - ID of the access group that you want to get.
   * @param options - For this call only: `timeout`, `signal`, `headers`, `retry`.
   * @returns The response's `acs_access_group` (`AcsAccessGroupsGetResponse`): Group that defines the entrances to which a set of users has access and, in some cases, the access schedule for these entrances and users.
   * @throws {ClientError} A 4xx response: the request was refused.
   * @throws {ServerError} A 5xx response, after the retries of an idempotent call.
   * @throws {TimeoutError} A try took longer than the timeout.
   * @see docs/acs/access_groups/get.md
   * @example
   * await seam.acs.accessGroups.get({
   *   acs_access_group_id: "a9baab47-7ffb-5d32-a521-39df2151fb29",
   * });
   */
  get(
    params: AcsAccessGroupsGetParams,
    options?: RequestOptions,
  ): Promise<AcsAccessGroupsGetResponse> {
    return this.#client.request<AcsAccessGroupsGetResponse>(
      {
        method: 'POST',
        path: '/acs/access_groups/get',
        params,
        bodyKind: 'json',
        responseKey: 'acs_access_group',
        idempotent: true,
      },
      options,
    )
  }

  /**
   * List Access Groups
   *
   * Returns a list of all [access groups](https://docs.seam.co/low-level-apis/access-systems/user-management/assigning-users-to-access-groups).
   *
   * `POST /acs/access_groups/list`
   *
   * @param params - The arguments, flat (`AcsAccessGroupsListParams`).
   * @param params.acs_system_id - ID of the access system for which you want to retrieve all access groups.
   * @param params.acs_user_id - ID of the access system user for which you want to retrieve all access groups.
   * @param params.search - String for which to search. Filters returned access groups to include all records that satisfy a partial match using `name` or `acs_access_group_id`.
   * @param params.user_identity_id - ID of the user identity for which you want to retrieve all access groups.
   * @param options - For this call only: `timeout`, `signal`, `headers`, `retry`.
   * @returns The response's `acs_access_groups` (`AcsAccessGroupsListResponse`).
   * @throws {ClientError} A 4xx response: the request was refused.
   * @throws {ServerError} A 5xx response, after the retries of an idempotent call.
   * @throws {TimeoutError} A try took longer than the timeout.
   * @see docs/acs/access_groups/list.md
   * @example
   * await seam.acs.accessGroups.list();
   */
  list(
    params?: AcsAccessGroupsListParams,
    options?: RequestOptions,
  ): Promise<AcsAccessGroupsListResponse> {
    return this.#client.request<AcsAccessGroupsListResponse>(
      {
        method: 'POST',
        path: '/acs/access_groups/list',
        params,
        bodyKind: 'json',
        responseKey: 'acs_access_groups',
        idempotent: true,
      },
      options,
    )
  }

  /**
   * List Entrances Accessible to an Access Group
   *
   * Returns a list of all accessible entrances for a specified [access group](https://docs.seam.co/low-level-apis/access-systems/user-management/assigning-users-to-access-groups).
   *
   * `POST /acs/access_groups/list_accessible_entrances`
   *
   * @param params - The arguments, flat (`AcsAccessGroupsListAccessibleEntrancesParams`).
   * @param params.acs_access_group_id - ID of the access group for which you want to retrieve all accessible entrances.
   * @param options - For this call only: `timeout`, `signal`, `headers`, `retry`.
   * @returns The response's `acs_entrances` (`AcsAccessGroupsListAccessibleEntrancesResponse`).
   * @throws {ClientError} A 4xx response: the request was refused.
   * @throws {ServerError} A 5xx response, after the retries of an idempotent call.
   * @throws {TimeoutError} A try took longer than the timeout.
   * @see docs/acs/access_groups/list_accessible_entrances.md
   * @example
   * await seam.acs.accessGroups.listAccessibleEntrances({
   *   acs_access_group_id: "a9baab47-7ffb-5d32-a521-39df2151fb29",
   * });
   */
  listAccessibleEntrances(
    params: AcsAccessGroupsListAccessibleEntrancesParams,
    options?: RequestOptions,
  ): Promise<AcsAccessGroupsListAccessibleEntrancesResponse> {
    return this.#client.request<AcsAccessGroupsListAccessibleEntrancesResponse>(
      {
        method: 'POST',
        path: '/acs/access_groups/list_accessible_entrances',
        params,
        bodyKind: 'json',
        responseKey: 'acs_entrances',
        idempotent: true,
      },
      options,
    )
  }

  /**
   * List ACS Users in an Access Group
   *
   * Returns a list of all [access system users](https://docs.seam.co/low-level-apis/access-systems/user-management) in an [access group](https://docs.seam.co/low-level-apis/access-systems/user-management/assigning-users-to-access-groups).
   *
   * `POST /acs/access_groups/list_users`
   *
   * @param params - The arguments, flat (`AcsAccessGroupsListUsersParams`).
   * @param params.acs_access_group_id - ID of the access group for which you want to retrieve all access system users.
   * @param options - For this call only: `timeout`, `signal`, `headers`, `retry`.
   * @returns The response's `acs_users` (`AcsAccessGroupsListUsersResponse`).
   * @throws {ClientError} A 4xx response: the request was refused.
   * @throws {ServerError} A 5xx response, after the retries of an idempotent call.
   * @throws {TimeoutError} A try took longer than the timeout.
   * @see docs/acs/access_groups/list_users.md
   * @example
   * await seam.acs.accessGroups.listUsers({
   *   acs_access_group_id: "a9baab47-7ffb-5d32-a521-39df2151fb29",
   * });
   */
  listUsers(
    params: AcsAccessGroupsListUsersParams,
    options?: RequestOptions,
  ): Promise<AcsAccessGroupsListUsersResponse> {
    return this.#client.request<AcsAccessGroupsListUsersResponse>(
      {
        method: 'POST',
        path: '/acs/access_groups/list_users',
        params,
        bodyKind: 'json',
        responseKey: 'acs_users',
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
   * `POST /acs/access_groups/remove_user`
   *
   * @param params - The arguments, flat (`AcsAccessGroupsRemoveUserParams`).
   * @param params.acs_access_group_id - ID of the access group from which you want to remove an access system user.
   * @param params.acs_user_id - ID of the access system user that you want to remove from an access group.
   * @param params.user_identity_id - ID of the user identity associated with the user that you want to remove from an access group.
   * @param options - For this call only: `timeout`, `signal`, `headers`, `retry`.
   * @returns Nothing: the promise resolves once the call succeeds.
   * @throws {ClientError} A 4xx response: the request was refused.
   * @throws {ServerError} A 5xx response, after the retries of an idempotent call.
   * @throws {TimeoutError} A try took longer than the timeout.
   * @see docs/acs/access_groups/remove_user.md
   * @example
   * await seam.acs.accessGroups.removeUser({
   *   acs_access_group_id: "a9baab47-7ffb-5d32-a521-39df2151fb29",
   *   acs_user_id: "8880b788-dbdf-59e5-9ebf-e9d60d9f9090",
   * });
   */
  removeUser(
    params: AcsAccessGroupsRemoveUserParams,
    options?: RequestOptions,
  ): Promise<AcsAccessGroupsRemoveUserResponse> {
    return this.#client.request<AcsAccessGroupsRemoveUserResponse>(
      {
        method: 'POST',
        path: '/acs/access_groups/remove_user',
        params,
        bodyKind: 'json',
        responseKey: null,
        idempotent: true,
      },
      options,
    )
  }
}
