/* Generated from the Seam Connect OpenAPI spec (version 1.0.0): do not edit by hand. */

import type { HttpClient, RequestOptions } from '../../runtime.js'
import type { AcsCredentialPool, operations } from '../../types.js'

/** Arguments of `seam.acs.credentialPools.list()`. */
export type AcsCredentialPoolsListParams = NonNullable<
  operations['acs.credential_pools.list']['requestBody']
>['content']['application/json']
/** What `seam.acs.credentialPools.list()` returns. */
export type AcsCredentialPoolsListResponse = AcsCredentialPool[]

/** Methods of `seam.acs.credentialPools`. */
export class SeamHttpAcsCredentialPools {
  readonly #client: HttpClient

  constructor(client: HttpClient) {
    this.#client = client
  }

  /**
   * List Credential Pools
   *
   * Returns a list of all credential pools.
   *
   * Undocumented: Replaced by enrollment automations.
   *
   * `POST /acs/credential_pools/list`
   *
   * @deprecated Use `/user_identities/enrollment_automations/list` instead.
   */
  list(
    params: AcsCredentialPoolsListParams,
    options?: RequestOptions,
  ): Promise<AcsCredentialPoolsListResponse> {
    return this.#client.request<AcsCredentialPoolsListResponse>(
      {
        method: 'POST',
        path: '/acs/credential_pools/list',
        params,
        bodyKind: 'json',
        responseKey: 'acs_credential_pools',
      },
      options,
    )
  }
}
