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
      },
      options,
    )
  }
}
