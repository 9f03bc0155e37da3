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
   *
   * @param params - The arguments, flat (`AcsUsersUnmanagedGetParams`).
   * @param params.acs_user_id - ID of the unmanaged access system user that you want to get.
   * @param options - For this call only: `timeout`, `signal`, `headers`, `retry`.
   * @returns The response's `acs_user` (`AcsUsersUnmanagedGetResponse`): Represents an unmanaged [user](https://docs.seam.co/low-level-apis/access-systems/user-management) in an [access system](https://docs.seam.co/low-level-apis/access-systems).
   * @throws {ClientError} A 4xx response: the request was refused.
   * @throws {ServerError} A 5xx response, after the retries of an idempotent call.
   * @throws {TimeoutError} A try took longer than the timeout.
   * @example
   * await seam.acs.users.unmanaged.get({
   *   acs_user_id: "8880b788-dbdf-59e5-9ebf-e9d60d9f9090",
   * });
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
        idempotent: true,
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
   *
   * @param params - The arguments, flat (`AcsUsersUnmanagedListParams`).
   * @param params.acs_system_id - ID of the access system for which you want to retrieve all unmanaged access system users.
   * @param params.limit - Number of unmanaged access system users to return.
   * @param params.search - String for which to search. Filters returned access system users to include all records that satisfy a partial match using `full_name`, `phone_number`, `email_address`, `acs_user_id`, `user_identity_id`, `user_identity_full_name` or `user_identity_phone_number`.
   * @param params.user_identity_email_address - Email address of the user identity for which you want to retrieve all unmanaged access system users.
   * @param params.user_identity_id - ID of the user identity for which you want to retrieve all unmanaged access system users.
   * @param params.user_identity_phone_number - Phone number of the user identity for which you want to retrieve all unmanaged access system users.
   * @param options - For this call only: `timeout`, `signal`, `headers`, `retry`.
   * @returns The response's `acs_users` (`AcsUsersUnmanagedListResponse`).
   * @throws {ClientError} A 4xx response: the request was refused.
   * @throws {ServerError} A 5xx response, after the retries of an idempotent call.
   * @throws {TimeoutError} A try took longer than the timeout.
   * @example
   * await seam.acs.users.unmanaged.list();
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
        idempotent: true,
      },
      options,
    )
  }
}
