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
   */
  listOwners(options?: RequestOptions): Promise<OwnersListOwnersResponse> {
    return this.#client.request<OwnersListOwnersResponse>(
      { method: 'GET', path: '/owners' },
      options,
    )
  }
}
