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
      },
      options,
    )
  }
}
