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
   *
   * @param params - The arguments, flat (`LocksGetParams`).
   * @param params.lock_id - ID of the lock to get.
   * @param params.name - Name of the lock to get.
   * @param options - For this call only: `timeout`, `signal`, `headers`, `retry`.
   * @returns The response's `lock` (`LocksGetResponse`).
   * @throws {ClientError} A 4xx response: the request was refused.
   * @throws {ServerError} A 5xx response, after the retries of an idempotent call.
   * @throws {TimeoutError} A try took longer than the timeout.
   * @see docs/locks/get.md
   * @example
   * await seam.locks.get({ lock_id: "11111111-1111-4111-8111-111111111111" });
   */
  get(params?: LocksGetParams, options?: RequestOptions): Promise<LocksGetResponse> {
    return this.#client.request<LocksGetResponse>(
      { method: 'POST', path: '/locks/get', params, bodyKind: 'json', responseKey: 'lock' },
      options,
    )
  }
}
