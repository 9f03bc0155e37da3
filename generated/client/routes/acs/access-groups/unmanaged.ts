/* Generated from the Seam Connect OpenAPI spec (version 1.0.0): do not edit by hand. */

import type { HttpClient, RequestOptions } from '../../../runtime.js'
import type { UnmanagedAcsAccessGroup, operations } from '../../../types.js'

/** Arguments of `seam.acs.accessGroups.unmanaged.get()`. */
export type AcsAccessGroupsUnmanagedGetParams = NonNullable<
  operations['acs.access_groups.unmanaged.get']['requestBody']
>['content']['application/json']
/** What `seam.acs.accessGroups.unmanaged.get()` returns. */
export type AcsAccessGroupsUnmanagedGetResponse = UnmanagedAcsAccessGroup

/** Arguments of `seam.acs.accessGroups.unmanaged.list()`. */
export type AcsAccessGroupsUnmanagedListParams = NonNullable<
  operations['acs.access_groups.unmanaged.list']['requestBody']
>['content']['application/json']
/** What `seam.acs.accessGroups.unmanaged.list()` returns. */
export type AcsAccessGroupsUnmanagedListResponse = UnmanagedAcsAccessGroup[]

/** Methods of `seam.acs.accessGroups.unmanaged`. */
export class SeamHttpAcsAccessGroupsUnmanaged {
  readonly #client: HttpClient

  constructor(client: HttpClient) {
    this.#client = client
  }

  /**
   * Get an Unmanaged Access Group
   *
   * Returns a specified unmanaged [access group](https://docs.seam.co/low-level-apis/access-systems/user-management/assigning-users-to-access-groups).
   *
   * Undocumented: No unmanaged access groups are currently implemented.
   *
   * `POST /acs/access_groups/unmanaged/get`
   *
   * @param params - The arguments, flat (`AcsAccessGroupsUnmanagedGetParams`).
   * @param params.acs_access_group_id - ID of the unmanaged access group that you want to get.
   * @param options - For this call only: `timeout`, `signal`, `headers`, `retry`.
   * @returns The response's `acs_access_group` (`AcsAccessGroupsUnmanagedGetResponse`).
   * @throws {ClientError} A 4xx response: the request was refused.
   * @throws {ServerError} A 5xx response, after the retries of an idempotent call.
   * @throws {TimeoutError} A try took longer than the timeout.
   * @example
   * await seam.acs.accessGroups.unmanaged.get({
   *   acs_access_group_id: "a9baab47-7ffb-5d32-a521-39df2151fb29",
   * });
   */
  get(
    params: AcsAccessGroupsUnmanagedGetParams,
    options?: RequestOptions,
  ): Promise<AcsAccessGroupsUnmanagedGetResponse> {
    return this.#client.request<AcsAccessGroupsUnmanagedGetResponse>(
      {
        method: 'POST',
        path: '/acs/access_groups/unmanaged/get',
        params,
        bodyKind: 'json',
        responseKey: 'acs_access_group',
        idempotent: true,
      },
      options,
    )
  }

  /**
   * List Unmanaged Access Groups
   *
   * Returns a list of all unmanaged [access groups](https://docs.seam.co/low-level-apis/access-systems/user-management/assigning-users-to-access-groups).
   *
   * Undocumented: No unmanaged access groups are currently implemented.
   *
   * `POST /acs/access_groups/unmanaged/list`
   *
   * @param params - The arguments, flat (`AcsAccessGroupsUnmanagedListParams`).
   * @param params.acs_system_id - ID of the access system for which you want to retrieve all unmanaged access groups.
   * @param params.acs_user_id - ID of the access system user for which you want to retrieve all unmanaged access groups.
   * @param params.search - String for which to search. Filters returned access groups to include all records that satisfy a partial match using `name` or `acs_access_group_id`.
   * @param options - For this call only: `timeout`, `signal`, `headers`, `retry`.
   * @returns The response's `acs_access_groups` (`AcsAccessGroupsUnmanagedListResponse`).
   * @throws {ClientError} A 4xx response: the request was refused.
   * @throws {ServerError} A 5xx response, after the retries of an idempotent call.
   * @throws {TimeoutError} A try took longer than the timeout.
   * @example
   * await seam.acs.accessGroups.unmanaged.list();
   */
  list(
    params?: AcsAccessGroupsUnmanagedListParams,
    options?: RequestOptions,
  ): Promise<AcsAccessGroupsUnmanagedListResponse> {
    return this.#client.request<AcsAccessGroupsUnmanagedListResponse>(
      {
        method: 'POST',
        path: '/acs/access_groups/unmanaged/list',
        params,
        bodyKind: 'json',
        responseKey: 'acs_access_groups',
        idempotent: true,
      },
      options,
    )
  }
}
