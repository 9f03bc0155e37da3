/* Generated from the Door Co OpenAPI spec (version 1.0.0): do not edit by hand. */

import type { HttpClient, RequestOptions } from '../runtime.js'
import type { Lock, operations } from '../types.js'

/** Arguments of `seam.locks.get()`. */
export type LocksGetParams = NonNullable<
  operations['locks.get']['requestBody']
>['content']['application/json']
/** What `seam.locks.get()` returns. */
export type LocksGetResponse = Lock

/** Methods of `seam.locks`. */
export class SeamHttpLocks {
  readonly #client: HttpClient

  constructor(client: HttpClient) {
    this.#client = client
  }

  /**
   * Get a Lock
   *
   * Returns a specified lock, by ID or by name.
   *
   * `POST /locks/get`
   */
  get(params?: LocksGetParams, options?: RequestOptions): Promise<LocksGetResponse> {
    return this.#client.request<LocksGetResponse>(
      { method: 'POST', path: '/locks/get', params, bodyKind: 'json', responseKey: 'lock' },
      options,
    )
  }
}
