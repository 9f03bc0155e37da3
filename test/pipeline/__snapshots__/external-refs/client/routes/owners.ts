/* Generated from the External OpenAPI spec (version 1): do not edit by hand. */

import type { HttpClient, RequestOptions } from '../runtime.js'
import type { Owner } from '../types.js'

/** What `external.owners.listOwners()` returns. */
export type OwnersListOwnersResponse = Owner[]

/** Methods of `external.owners`. */
export class ExternalClientOwners {
  readonly #client: HttpClient

  constructor(client: HttpClient) {
    this.#client = client
  }

  /**
   * List owners
   *
   * `GET /owners`
   *
   * @param options - For this call only: `timeout`, `signal`, `headers`, `retry`.
   * @returns The response body (`OwnersListOwnersResponse`).
   * @throws {ClientError} A 4xx response: the request was refused.
   * @throws {ServerError} A 5xx response, after the retries of an idempotent call.
   * @throws {TimeoutError} A try took longer than the timeout.
   * @see docs/owners/list_owners.md
   * @example
   * await external.owners.listOwners();
   */
  listOwners(options?: RequestOptions): Promise<OwnersListOwnersResponse> {
    return this.#client.request<OwnersListOwnersResponse>(
      { method: 'GET', path: '/owners' },
      options,
    )
  }
}
