/* Generated from the Seam Connect OpenAPI spec (version 1.0.0): do not edit by hand. */

import type { HttpClient, RequestOptions } from '../../../runtime.js'
import type { UnmanagedAcsCredential, operations } from '../../../types.js'

/** Arguments of `seam.acs.credentials.unmanaged.get()`. */
export type AcsCredentialsUnmanagedGetParams = NonNullable<
  operations['acs.credentials.unmanaged.get']['requestBody']
>['content']['application/json']
/** What `seam.acs.credentials.unmanaged.get()` returns. */
export type AcsCredentialsUnmanagedGetResponse = UnmanagedAcsCredential

/** Arguments of `seam.acs.credentials.unmanaged.list()`. */
export type AcsCredentialsUnmanagedListParams = NonNullable<
  operations['acs.credentials.unmanaged.list']['requestBody']
>['content']['application/json']
/** What `seam.acs.credentials.unmanaged.list()` returns. */
export type AcsCredentialsUnmanagedListResponse = UnmanagedAcsCredential[]

/** Methods of `seam.acs.credentials.unmanaged`. */
export class SeamHttpAcsCredentialsUnmanaged {
  readonly #client: HttpClient

  constructor(client: HttpClient) {
    this.#client = client
  }

  /**
   * Get an Unmanaged Credential
   *
   * Returns a specified unmanaged [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials).
   *
   * Undocumented: No unmanaged credentials are currently implemented.
   *
   * `POST /acs/credentials/unmanaged/get`
   */
  get(
    params: AcsCredentialsUnmanagedGetParams,
    options?: RequestOptions,
  ): Promise<AcsCredentialsUnmanagedGetResponse> {
    return this.#client.request<AcsCredentialsUnmanagedGetResponse>(
      {
        method: 'POST',
        path: '/acs/credentials/unmanaged/get',
        params,
        bodyKind: 'json',
        responseKey: 'acs_credential',
      },
      options,
    )
  }

  /**
   * List Unmanaged Credentials
   *
   * Returns a list of all unmanaged [credentials](https://docs.seam.co/low-level-apis/access-systems/managing-credentials).
   *
   * Undocumented: No unmanaged credentials are currently implemented.
   *
   * `POST /acs/credentials/unmanaged/list`
   */
  list(
    params: AcsCredentialsUnmanagedListParams,
    options?: RequestOptions,
  ): Promise<AcsCredentialsUnmanagedListResponse> {
    return this.#client.request<AcsCredentialsUnmanagedListResponse>(
      {
        method: 'POST',
        path: '/acs/credentials/unmanaged/list',
        params,
        bodyKind: 'json',
        responseKey: 'acs_credentials',
      },
      options,
    )
  }
}
