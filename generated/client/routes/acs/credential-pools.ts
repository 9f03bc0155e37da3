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
   * @param params - The arguments, flat (`AcsCredentialPoolsListParams`).
   * @param params.acs_system_id - ID of the access system for which you want to list credential pools.
   * @param options - For this call only: `timeout`, `signal`, `headers`, `retry`.
   * @returns The response's `acs_credential_pools` (`AcsCredentialPoolsListResponse`).
   * @throws {ClientError} A 4xx response: the request was refused.
   * @throws {ServerError} A 5xx response, after the retries of an idempotent call.
   * @throws {TimeoutError} A try took longer than the timeout.
   * @deprecated Use `/user_identities/enrollment_automations/list` instead.
   * @example
   * await seam.acs.credentialPools.list({
   *   acs_system_id: "1c018e12-4d42-5507-a992-3326b06eb92f",
   * });
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
        idempotent: true,
      },
      options,
    )
  }
}
