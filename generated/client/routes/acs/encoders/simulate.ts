/* Generated from the Seam Connect OpenAPI spec (version 1.0.0): do not edit by hand. */

import type { HttpClient, RequestOptions } from '../../../runtime.js'
import type { operations } from '../../../types.js'

/** Arguments of `seam.acs.encoders.simulate.nextCredentialEncodeWillFail()`. */
export type AcsEncodersSimulateNextCredentialEncodeWillFailParams = NonNullable<
  operations['acs.encoders.simulate.next_credential_encode_will_fail']['requestBody']
>['content']['application/json']
/** What `seam.acs.encoders.simulate.nextCredentialEncodeWillFail()` returns. */
export type AcsEncodersSimulateNextCredentialEncodeWillFailResponse = void

/** Arguments of `seam.acs.encoders.simulate.nextCredentialEncodeWillSucceed()`. */
export type AcsEncodersSimulateNextCredentialEncodeWillSucceedParams = NonNullable<
  operations['acs.encoders.simulate.next_credential_encode_will_succeed']['requestBody']
>['content']['application/json']
/** What `seam.acs.encoders.simulate.nextCredentialEncodeWillSucceed()` returns. */
export type AcsEncodersSimulateNextCredentialEncodeWillSucceedResponse = void

/** Arguments of `seam.acs.encoders.simulate.nextCredentialScanWillFail()`. */
export type AcsEncodersSimulateNextCredentialScanWillFailParams = NonNullable<
  operations['acs.encoders.simulate.next_credential_scan_will_fail']['requestBody']
>['content']['application/json']
/** What `seam.acs.encoders.simulate.nextCredentialScanWillFail()` returns. */
export type AcsEncodersSimulateNextCredentialScanWillFailResponse = void

/** Arguments of `seam.acs.encoders.simulate.nextCredentialScanWillSucceed()`. */
export type AcsEncodersSimulateNextCredentialScanWillSucceedParams = NonNullable<
  operations['acs.encoders.simulate.next_credential_scan_will_succeed']['requestBody']
>['content']['application/json']
/** What `seam.acs.encoders.simulate.nextCredentialScanWillSucceed()` returns. */
export type AcsEncodersSimulateNextCredentialScanWillSucceedResponse = void

/** Methods of `seam.acs.encoders.simulate`. */
export class SeamHttpAcsEncodersSimulate {
  readonly #client: HttpClient

  constructor(client: HttpClient) {
    this.#client = client
  }

  /**
   * Simulate that the Next Credential Encoding Will Fail
   *
   * Simulates that the next attempt to encode a [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) using the specified [encoder](https://docs.seam.co/low-level-apis/access-systems/working-with-card-encoders-and-scanners) will fail. You can only perform this action within a [sandbox workspace](https://docs.seam.co/core-concepts/workspaces#sandbox-workspaces).
   *
   * `POST /acs/encoders/simulate/next_credential_encode_will_fail`
   *
   * @param params - The arguments, flat (`AcsEncodersSimulateNextCredentialEncodeWillFailParams`).
   * @param params.acs_encoder_id - ID of the `acs_encoder` that will be used in the next request to encode the `acs_credential`.
   * @param params.error_code - Code of the error to simulate.
   * @param params.acs_credential_id - ID of the `acs_credential` that will fail to be encoded onto a card in the next request.
   * @param options - For this call only: `timeout`, `signal`, `headers`, `retry`.
   * @returns Nothing: the promise resolves once the call succeeds.
   * @throws {ClientError} A 4xx response: the request was refused.
   * @throws {ServerError} A 5xx response, after the retries of an idempotent call.
   * @throws {TimeoutError} A try took longer than the timeout.
   * @see docs/acs/encoders/simulate/next_credential_encode_will_fail.md
   * @example
   * await seam.acs.encoders.simulate.nextCredentialEncodeWillFail({
   *   acs_encoder_id: "57481244-7aa3-5f0e-a6c7-0eab237ffc1a",
   *   acs_credential_id: "42d0a8d2-b3e9-5ade-ad4a-e9003c46d2ef",
   *   error_code: "uncategorized_error",
   * });
   */
  nextCredentialEncodeWillFail(
    params: AcsEncodersSimulateNextCredentialEncodeWillFailParams,
    options?: RequestOptions,
  ): Promise<AcsEncodersSimulateNextCredentialEncodeWillFailResponse> {
    return this.#client.request<AcsEncodersSimulateNextCredentialEncodeWillFailResponse>(
      {
        method: 'POST',
        path: '/acs/encoders/simulate/next_credential_encode_will_fail',
        params,
        bodyKind: 'json',
        responseKey: null,
      },
      options,
    )
  }

  /**
   * Simulate that the Next Credential Encoding Will Succeed
   *
   * Simulates that the next attempt to encode a [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) using the specified [encoder](https://docs.seam.co/low-level-apis/access-systems/working-with-card-encoders-and-scanners) will succeed. You can only perform this action within a [sandbox workspace](https://docs.seam.co/core-concepts/workspaces#sandbox-workspaces).
   *
   * `POST /acs/encoders/simulate/next_credential_encode_will_succeed`
   *
   * @param params - The arguments, flat (`AcsEncodersSimulateNextCredentialEncodeWillSucceedParams`).
   * @param params.acs_encoder_id - ID of the `acs_encoder` that will be used in the next request to encode the `acs_credential`.
   * @param params.scenario - Scenario to simulate.
   * @param options - For this call only: `timeout`, `signal`, `headers`, `retry`.
   * @returns Nothing: the promise resolves once the call succeeds.
   * @throws {ClientError} A 4xx response: the request was refused.
   * @throws {ServerError} A 5xx response, after the retries of an idempotent call.
   * @throws {TimeoutError} A try took longer than the timeout.
   * @see docs/acs/encoders/simulate/next_credential_encode_will_succeed.md
   * @example
   * await seam.acs.encoders.simulate.nextCredentialEncodeWillSucceed({
   *   acs_encoder_id: "57481244-7aa3-5f0e-a6c7-0eab237ffc1a",
   *   scenario: "credential_is_issued",
   * });
   */
  nextCredentialEncodeWillSucceed(
    params: AcsEncodersSimulateNextCredentialEncodeWillSucceedParams,
    options?: RequestOptions,
  ): Promise<AcsEncodersSimulateNextCredentialEncodeWillSucceedResponse> {
    return this.#client.request<AcsEncodersSimulateNextCredentialEncodeWillSucceedResponse>(
      {
        method: 'POST',
        path: '/acs/encoders/simulate/next_credential_encode_will_succeed',
        params,
        bodyKind: 'json',
        responseKey: null,
      },
      options,
    )
  }

  /**
   * Simulate that the Next Credential Scan Will Fail
   *
   * Simulates that the next attempt to scan a [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) using the specified [encoder](https://docs.seam.co/low-level-apis/access-systems/working-with-card-encoders-and-scanners) will fail. You can only perform this action within a [sandbox workspace](https://docs.seam.co/core-concepts/workspaces#sandbox-workspaces).
   *
   * `POST /acs/encoders/simulate/next_credential_scan_will_fail`
   *
   * @param params - The arguments, flat (`AcsEncodersSimulateNextCredentialScanWillFailParams`).
   * @param params.acs_encoder_id - ID of the `acs_encoder` that will fail to scan the `acs_credential` in the next request.
   * @param options - For this call only: `timeout`, `signal`, `headers`, `retry`.
   * @returns Nothing: the promise resolves once the call succeeds.
   * @throws {ClientError} A 4xx response: the request was refused.
   * @throws {ServerError} A 5xx response, after the retries of an idempotent call.
   * @throws {TimeoutError} A try took longer than the timeout.
   * @see docs/acs/encoders/simulate/next_credential_scan_will_fail.md
   * @example
   * await seam.acs.encoders.simulate.nextCredentialScanWillFail({
   *   acs_encoder_id: "57481244-7aa3-5f0e-a6c7-0eab237ffc1a",
   *   error_code: "uncategorized_error",
   *   acs_credential_id_on_seam: "edd37705-82b0-552f-9874-155ae447e7cb",
   * });
   */
  nextCredentialScanWillFail(
    params: AcsEncodersSimulateNextCredentialScanWillFailParams,
    options?: RequestOptions,
  ): Promise<AcsEncodersSimulateNextCredentialScanWillFailResponse> {
    return this.#client.request<AcsEncodersSimulateNextCredentialScanWillFailResponse>(
      {
        method: 'POST',
        path: '/acs/encoders/simulate/next_credential_scan_will_fail',
        params,
        bodyKind: 'json',
        responseKey: null,
      },
      options,
    )
  }

  /**
   * Simulate that the Next Credential Scan Will Succeed
   *
   * Simulates that the next attempt to scan a [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) using the specified [encoder](https://docs.seam.co/low-level-apis/access-systems/working-with-card-encoders-and-scanners) will succeed. You can only perform this action within a [sandbox workspace](https://docs.seam.co/core-concepts/workspaces#sandbox-workspaces).
   *
   * `POST /acs/encoders/simulate/next_credential_scan_will_succeed`
   *
   * @param params - The arguments, flat (`AcsEncodersSimulateNextCredentialScanWillSucceedParams`).
   * @param params.acs_credential_id_on_seam - ID of the Seam `acs_credential` that matches the `acs_credential` on the encoder in this simulation.
   * @param params.acs_encoder_id - ID of the `acs_encoder` that will be used in the next request to scan the `acs_credential`.
   * @param params.scenario - Scenario to simulate.
   * @param options - For this call only: `timeout`, `signal`, `headers`, `retry`.
   * @returns Nothing: the promise resolves once the call succeeds.
   * @throws {ClientError} A 4xx response: the request was refused.
   * @throws {ServerError} A 5xx response, after the retries of an idempotent call.
   * @throws {TimeoutError} A try took longer than the timeout.
   * @see docs/acs/encoders/simulate/next_credential_scan_will_succeed.md
   * @example
   * await seam.acs.encoders.simulate.nextCredentialScanWillSucceed({
   *   acs_encoder_id: "57481244-7aa3-5f0e-a6c7-0eab237ffc1a",
   *   acs_credential_id_on_seam: "edd37705-82b0-552f-9874-155ae447e7cb",
   *   scenario: "credential_exists_on_seam",
   * });
   */
  nextCredentialScanWillSucceed(
    params: AcsEncodersSimulateNextCredentialScanWillSucceedParams,
    options?: RequestOptions,
  ): Promise<AcsEncodersSimulateNextCredentialScanWillSucceedResponse> {
    return this.#client.request<AcsEncodersSimulateNextCredentialScanWillSucceedResponse>(
      {
        method: 'POST',
        path: '/acs/encoders/simulate/next_credential_scan_will_succeed',
        params,
        bodyKind: 'json',
        responseKey: null,
      },
      options,
    )
  }
}
