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
   *
   * @param params - The arguments, flat (`AcsCredentialsUnmanagedGetParams`).
   * @param params.acs_credential_id - ID of the unmanaged credential that you want to get.
   * @param options - For this call only: `timeout`, `signal`, `headers`, `retry`.
   * @returns The response's `acs_credential` (`AcsCredentialsUnmanagedGetResponse`): Means by which an [ACS user](https://docs.seam.co/low-level-apis/access-systems/user-management) gains access at an [entrance](https://docs.seam.co/low-level-apis/access-systems/retrieving-entrance-details). The `unmanaged_acs_credential` object, which is not managed by Seam, represents a [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) that provides an ACS user access within an [access control system](https://docs.seam.co/low-level-apis/access-systems). For each `acs_credential` object, you define the access method. You can also specify additional properties, such as a PIN code.
   * @throws {ClientError} A 4xx response: the request was refused.
   * @throws {ServerError} A 5xx response, after the retries of an idempotent call.
   * @throws {TimeoutError} A try took longer than the timeout.
   * @example
   * await seam.acs.credentials.unmanaged.get({
   *   acs_credential_id: "42d0a8d2-b3e9-5ade-ad4a-e9003c46d2ef",
   * });
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
        idempotent: true,
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
   *
   * @param params - The arguments, flat (`AcsCredentialsUnmanagedListParams`).
   * @param params.acs_user_id - ID of the access system user for which you want to retrieve all credentials.
   * @param params.search - String for which to search. Filters returned credentials to include all records that satisfy a partial match using `display_name`, `code`, `card_number`, `acs_user_id` or `acs_credential_id`.
   * @param params.acs_system_id - ID of the access system for which you want to retrieve all credentials.
   * @param params.user_identity_id - ID of the user identity for which you want to retrieve all credentials.
   * @param options - For this call only: `timeout`, `signal`, `headers`, `retry`.
   * @returns The response's `acs_credentials` (`AcsCredentialsUnmanagedListResponse`).
   * @throws {ClientError} A 4xx response: the request was refused.
   * @throws {ServerError} A 5xx response, after the retries of an idempotent call.
   * @throws {TimeoutError} A try took longer than the timeout.
   * @example
   * await seam.acs.credentials.unmanaged.list({
   *   acs_user_id: "8880b788-dbdf-59e5-9ebf-e9d60d9f9090",
   * });
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
        idempotent: true,
      },
      options,
    )
  }
}
