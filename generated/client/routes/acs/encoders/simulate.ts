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
