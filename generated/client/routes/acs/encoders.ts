/* Generated from the Seam Connect OpenAPI spec (version 1.0.0): do not edit by hand. */

import type { ActionAttemptRequestOptions, HttpClient, RequestOptions } from '../../runtime.js'
import type { AcsEncoder, ActionAttempt, operations } from '../../types.js'
import { SeamHttpAcsEncodersSimulate } from './encoders/simulate.js'

/** Every field `seam.acs.encoders.encodeCredential()` takes; `AcsEncodersEncodeCredentialParams` says which go together. */
export type AcsEncodersEncodeCredentialFields = NonNullable<
  operations['acs.encoders.encode_credential']['requestBody']
>['content']['application/json']
/** Arguments of `seam.acs.encoders.encodeCredential()`: either `acs_credential_id`, or `access_method_id`. */
export type AcsEncodersEncodeCredentialParams = Omit<
  AcsEncodersEncodeCredentialFields,
  'access_method_id' | 'acs_credential_id'
> &
  (
    | {
        access_method_id?: never
        acs_credential_id: Exclude<
          AcsEncodersEncodeCredentialFields['acs_credential_id'],
          undefined
        >
      }
    | {
        access_method_id: Exclude<AcsEncodersEncodeCredentialFields['access_method_id'], undefined>
        acs_credential_id?: never
      }
  )
/** What `seam.acs.encoders.encodeCredential()` returns. */
export type AcsEncodersEncodeCredentialResponse = ActionAttempt

/** Arguments of `seam.acs.encoders.get()`. */
export type AcsEncodersGetParams = NonNullable<
  operations['acs.encoders.get']['requestBody']
>['content']['application/json']
/** What `seam.acs.encoders.get()` returns. */
export type AcsEncodersGetResponse = AcsEncoder

/** Arguments of `seam.acs.encoders.list()`. */
export type AcsEncodersListParams = NonNullable<
  operations['acs.encoders.list']['requestBody']
>['content']['application/json']
/** What `seam.acs.encoders.list()` returns. */
export type AcsEncodersListResponse = AcsEncoder[]

/** Arguments of `seam.acs.encoders.scanCredential()`. */
export type AcsEncodersScanCredentialParams = NonNullable<
  operations['acs.encoders.scan_credential']['requestBody']
>['content']['application/json']
/** What `seam.acs.encoders.scanCredential()` returns. */
export type AcsEncodersScanCredentialResponse = ActionAttempt

/** Every field `seam.acs.encoders.scanToAssignCredential()` takes; `AcsEncodersScanToAssignCredentialParams` says which go together. */
export type AcsEncodersScanToAssignCredentialFields = NonNullable<
  operations['acs.encoders.scan_to_assign_credential']['requestBody']
>['content']['application/json']
/** Arguments of `seam.acs.encoders.scanToAssignCredential()`: either `acs_user_id`, or `user_identity_id`. */
export type AcsEncodersScanToAssignCredentialParams = Omit<
  AcsEncodersScanToAssignCredentialFields,
  'acs_user_id' | 'user_identity_id'
> &
  (
    | {
        acs_user_id: Exclude<AcsEncodersScanToAssignCredentialFields['acs_user_id'], undefined>
        user_identity_id?: never
      }
    | {
        acs_user_id?: never
        user_identity_id: Exclude<
          AcsEncodersScanToAssignCredentialFields['user_identity_id'],
          undefined
        >
      }
  )
/** What `seam.acs.encoders.scanToAssignCredential()` returns. */
export type AcsEncodersScanToAssignCredentialResponse = ActionAttempt

/** Methods of `seam.acs.encoders`. */
export class SeamHttpAcsEncoders {
  /** Methods of `seam.acs.encoders.simulate`. */
  readonly simulate: SeamHttpAcsEncodersSimulate
  readonly #client: HttpClient

  constructor(client: HttpClient) {
    this.#client = client
    this.simulate = new SeamHttpAcsEncodersSimulate(client)
  }

  /**
   * Encode a Credential
   *
   * Encodes an existing [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) onto a plastic card placed on the specified [encoder](https://docs.seam.co/low-level-apis/access-systems/working-with-card-encoders-and-scanners). Either provide an `acs_credential_id` or an `access_method_id`
   *
   * Returns an action attempt; pass `{ waitForActionAttempt: true }` to wait until it succeeds or fails.
   *
   * `POST /acs/encoders/encode_credential`
   */
  encodeCredential(
    params: AcsEncodersEncodeCredentialParams,
    options?: ActionAttemptRequestOptions,
  ): Promise<AcsEncodersEncodeCredentialResponse> {
    return this.#client.requestActionAttempt<AcsEncodersEncodeCredentialResponse>(
      {
        method: 'POST',
        path: '/acs/encoders/encode_credential',
        params,
        bodyKind: 'json',
        responseKey: 'action_attempt',
      },
      options,
    )
  }

  /**
   * Get an Encoder
   *
   * Returns a specified [encoder](https://docs.seam.co/low-level-apis/access-systems/working-with-card-encoders-and-scanners).
   *
   * `POST /acs/encoders/get`
   */
  get(params: AcsEncodersGetParams, options?: RequestOptions): Promise<AcsEncodersGetResponse> {
    return this.#client.request<AcsEncodersGetResponse>(
      {
        method: 'POST',
        path: '/acs/encoders/get',
        params,
        bodyKind: 'json',
        responseKey: 'acs_encoder',
      },
      options,
    )
  }

  /**
   * List Encoders
   *
   * Returns a list of all [encoders](https://docs.seam.co/low-level-apis/access-systems/working-with-card-encoders-and-scanners).
   *
   * `POST /acs/encoders/list`
   */
  list(params: AcsEncodersListParams, options?: RequestOptions): Promise<AcsEncodersListResponse> {
    return this.#client.request<AcsEncodersListResponse>(
      {
        method: 'POST',
        path: '/acs/encoders/list',
        params,
        bodyKind: 'json',
        responseKey: 'acs_encoders',
      },
      options,
    )
  }

  /**
   * Every item of `list`, page after page: follows `pagination.next_page_cursor` until the last page.
   *
   * `POST /acs/encoders/list`
   */
  listAll(
    params: AcsEncodersListParams,
    options?: RequestOptions,
  ): AsyncIterable<AcsEncodersListResponse[number]> {
    return this.#client.paginate<AcsEncodersListResponse[number]>(
      {
        method: 'POST',
        path: '/acs/encoders/list',
        params,
        bodyKind: 'json',
        responseKey: 'acs_encoders',
        cursorParameter: 'page_cursor',
        nextCursorPath: ['pagination', 'next_page_cursor'],
      },
      options,
    )
  }

  /**
   * Scan a Credential
   *
   * Scans an encoded [acs_credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) from a plastic card placed on the specified [encoder](https://docs.seam.co/low-level-apis/access-systems/working-with-card-encoders-and-scanners).
   *
   * Returns an action attempt; pass `{ waitForActionAttempt: true }` to wait until it succeeds or fails.
   *
   * `POST /acs/encoders/scan_credential`
   */
  scanCredential(
    params: AcsEncodersScanCredentialParams,
    options?: ActionAttemptRequestOptions,
  ): Promise<AcsEncodersScanCredentialResponse> {
    return this.#client.requestActionAttempt<AcsEncodersScanCredentialResponse>(
      {
        method: 'POST',
        path: '/acs/encoders/scan_credential',
        params,
        bodyKind: 'json',
        responseKey: 'action_attempt',
      },
      options,
    )
  }

  /**
   * Scan to Assign a Credential
   *
   * Scans a physical card placed on the specified [encoder](https://docs.seam.co/low-level-apis/access-systems/working-with-card-encoders-and-scanners) and assigns the scanned credential to an ACS user. Provide either an `acs_user_id` or a `user_identity_id`.
   *
   * Returns an action attempt; pass `{ waitForActionAttempt: true }` to wait until it succeeds or fails.
   *
   * `POST /acs/encoders/scan_to_assign_credential`
   */
  scanToAssignCredential(
    params: AcsEncodersScanToAssignCredentialParams,
    options?: ActionAttemptRequestOptions,
  ): Promise<AcsEncodersScanToAssignCredentialResponse> {
    return this.#client.requestActionAttempt<AcsEncodersScanToAssignCredentialResponse>(
      {
        method: 'POST',
        path: '/acs/encoders/scan_to_assign_credential',
        params,
        bodyKind: 'json',
        responseKey: 'action_attempt',
      },
      options,
    )
  }
}
