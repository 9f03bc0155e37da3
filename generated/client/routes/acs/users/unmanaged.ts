/* Generated from the Seam Connect OpenAPI spec (version 1.0.0): do not edit by hand. */

import type { HttpClient, RequestOptions } from '../../../runtime.js'
import type { UnmanagedAcsUser, operations } from '../../../types.js'

/** Arguments of `seam.acs.users.unmanaged.get()`. */
export type AcsUsersUnmanagedGetParams = NonNullable<
  operations['acs.users.unmanaged.get']['requestBody']
>['content']['application/json']
/** What `seam.acs.users.unmanaged.get()` returns. */
export type AcsUsersUnmanagedGetResponse = UnmanagedAcsUser

/** Arguments of `seam.acs.users.unmanaged.list()`. */
export type AcsUsersUnmanagedListParams = NonNullable<
  operations['acs.users.unmanaged.list']['requestBody']
>['content']['application/json']
/** What `seam.acs.users.unmanaged.list()` returns. */
export type AcsUsersUnmanagedListResponse = UnmanagedAcsUser[]

/** Methods of `seam.acs.users.unmanaged`. */
export class SeamHttpAcsUsersUnmanaged {
  readonly #client: HttpClient

  constructor(client: HttpClient) {
    this.#client = client
  }

  /**
   * Get an Unmanaged ACS User
   *
   * Returns a specified unmanaged [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management).
   *
   * Undocumented: No unmanaged users are currently implemented.
   *
   * `POST /acs/users/unmanaged/get`
   */
  get(
    params: AcsUsersUnmanagedGetParams,
    options?: RequestOptions,
  ): Promise<AcsUsersUnmanagedGetResponse> {
    return this.#client.request<AcsUsersUnmanagedGetResponse>(
      {
        method: 'POST',
        path: '/acs/users/unmanaged/get',
        params,
        bodyKind: 'json',
        responseKey: 'acs_user',
      },
      options,
    )
  }

  /**
   * List Unmanaged ACS Users
   *
   * Returns a list of all unmanaged [access system users](https://docs.seam.co/low-level-apis/access-systems/user-management).
   *
   * Undocumented: No unmanaged users are currently implemented.
   *
   * `POST /acs/users/unmanaged/list`
   */
  list(
    params?: AcsUsersUnmanagedListParams,
    options?: RequestOptions,
  ): Promise<AcsUsersUnmanagedListResponse> {
    return this.#client.request<AcsUsersUnmanagedListResponse>(
      {
        method: 'POST',
        path: '/acs/users/unmanaged/list',
        params,
        bodyKind: 'json',
        responseKey: 'acs_users',
      },
      options,
    )
  }
}
