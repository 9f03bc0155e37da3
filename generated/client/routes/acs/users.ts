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
   */
  delete(params: AcsUsersDeleteParams, options?: RequestOptions): Promise<AcsUsersDeleteResponse> {
    return this.#client.request<AcsUsersDeleteResponse>(
      { method: 'POST', path: '/acs/users/delete', params, bodyKind: 'json', responseKey: null },
      options,
    )
  }

  /**
   * Get an ACS User
   *
   * Returns a specified [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management).
   *
   * `POST /acs/users/get`
   */
  get(params: AcsUsersGetParams, options?: RequestOptions): Promise<AcsUsersGetResponse> {
    return this.#client.request<AcsUsersGetResponse>(
      { method: 'POST', path: '/acs/users/get', params, bodyKind: 'json', responseKey: 'acs_user' },
      options,
    )
  }

  /**
   * List ACS Users
   *
   * Returns a list of all [access system users](https://docs.seam.co/low-level-apis/access-systems/user-management).
   *
   * `POST /acs/users/list`
   */
  list(params?: AcsUsersListParams, options?: RequestOptions): Promise<AcsUsersListResponse> {
    return this.#client.request<AcsUsersListResponse>(
      {
        method: 'POST',
        path: '/acs/users/list',
        params,
        bodyKind: 'json',
        responseKey: 'acs_users',
      },
      options,
    )
  }

  /**
   * Every item of `list`, page after page: follows `pagination.next_page_cursor` until the last page.
   *
   * `POST /acs/users/list`
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
   */
  update(params: AcsUsersUpdateParams, options?: RequestOptions): Promise<AcsUsersUpdateResponse> {
    return this.#client.request<AcsUsersUpdateResponse>(
      { method: 'POST', path: '/acs/users/update', params, bodyKind: 'json', responseKey: null },
      options,
    )
  }
}
