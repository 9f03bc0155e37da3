/* Generated from the Uploads OpenAPI spec (version 1): do not edit by hand. */

import type { HttpClient, RequestOptions } from '../runtime.js'
import type { operations } from '../types.js'

/** Arguments of `uploads.login.login()`. */
export type LoginLoginParams =
  operations['login.login']['requestBody']['content']['application/json']
/** What `uploads.login.login()` returns. */
export type LoginLoginResponse =
  operations['login.login']['responses']['200']['content']['text/plain']

/** Methods of `uploads.login`. */
export class UploadsClientLogin {
  readonly #client: HttpClient

  constructor(client: HttpClient) {
    this.#client = client
  }

  /**
   * Login
   *
   * `POST /login`
   *
   * @param params - The arguments, flat (`LoginLoginParams`).
   * @param options - For this call only: `timeout`, `signal`, `headers`, `retry`.
   * @returns The response body (`LoginLoginResponse`).
   * @throws {ClientError} A 4xx response: the request was refused.
   * @throws {ServerError} A 5xx response, after the retries of an idempotent call.
   * @throws {TimeoutError} A try took longer than the timeout.
   * @see docs/login/login.md
   * @example
   * await uploads.login.login({ user: "User" });
   */
  login(params?: LoginLoginParams, options?: RequestOptions): Promise<LoginLoginResponse> {
    return this.#client.request<LoginLoginResponse>(
      { method: 'POST', path: '/login', params, bodyKind: 'json' },
      options,
    )
  }
}
