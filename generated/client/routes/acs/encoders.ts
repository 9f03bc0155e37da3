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
   *
   * @param params - The arguments, flat (`AcsEncodersEncodeCredentialParams`).
   * @param params.access_method_id - ID of the `access_method` to encode onto a card.
   * @param params.acs_credential_id - ID of the `acs_credential` to encode onto a card.
   * @param params.acs_encoder_id - ID of the `acs_encoder` to use to encode the `acs_credential`.
   * @param options - For this call only: `timeout`, `signal`, `headers`, `retry`, `waitForActionAttempt`.
   * @returns The response's `action_attempt` (`AcsEncodersEncodeCredentialResponse`): Represents an action attempt that enables you to keep track of the progress of your action that affects a physical device or system.actions against a device. Action attempts are useful because the physical world is intrinsically asynchronous.
   * @throws {ClientError} A 4xx response: the request was refused.
   * @throws {ServerError} A 5xx response, after the retries of an idempotent call.
   * @throws {TimeoutError} A try took longer than the timeout.
   * @throws {ActionAttemptError} While waiting: the action attempt failed.
   * @throws {ActionAttemptTimeoutError} While waiting: the action attempt was still pending.
   * @see docs/acs/encoders/encode_credential.md
   * @example
   * await seam.acs.encoders.encodeCredential({
   *   acs_encoder_id: "57481244-7aa3-5f0e-a6c7-0eab237ffc1a",
   *   acs_credential_id: "42d0a8d2-b3e9-5ade-ad4a-e9003c46d2ef",
   * });
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
   *
   * @param params - The arguments, flat (`AcsEncodersGetParams`).
   * @param params.acs_encoder_id - ID of the encoder that you want to get.
   * @param options - For this call only: `timeout`, `signal`, `headers`, `retry`.
   * @returns The response's `acs_encoder` (`AcsEncodersGetResponse`): Represents a hardware device that encodes [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) data onto physical cards within an [access control system](https://docs.seam.co/low-level-apis/access-systems).
   * @throws {ClientError} A 4xx response: the request was refused.
   * @throws {ServerError} A 5xx response, after the retries of an idempotent call.
   * @throws {TimeoutError} A try took longer than the timeout.
   * @see docs/acs/encoders/get.md
   * @example
   * await seam.acs.encoders.get({
   *   acs_encoder_id: "57481244-7aa3-5f0e-a6c7-0eab237ffc1a",
   * });
   */
  get(params: AcsEncodersGetParams, options?: RequestOptions): Promise<AcsEncodersGetResponse> {
    return this.#client.request<AcsEncodersGetResponse>(
      {
        method: 'POST',
        path: '/acs/encoders/get',
        params,
        bodyKind: 'json',
        responseKey: 'acs_encoder',
        idempotent: true,
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
   *
   * @param params - The arguments, flat (`AcsEncodersListParams`).
   * @param params.acs_system_id - ID of the access system for which you want to retrieve all encoders.
   * @param params.limit - Number of encoders to return.
   * @param params.page_cursor - Identifies the specific page of results to return, obtained from the previous page's `next_page_cursor`.
   * @param params.acs_system_ids - IDs of the access systems for which you want to retrieve all encoders.
   * @param params.acs_encoder_ids - IDs of the encoders that you want to retrieve.
   * @param options - For this call only: `timeout`, `signal`, `headers`, `retry`.
   * @returns The response's `acs_encoders` (`AcsEncodersListResponse`).
   * @throws {ClientError} A 4xx response: the request was refused.
   * @throws {ServerError} A 5xx response, after the retries of an idempotent call.
   * @throws {TimeoutError} A try took longer than the timeout.
   * @see docs/acs/encoders/list.md
   * @example
   * await seam.acs.encoders.list({
   *   acs_system_id: "1c018e12-4d42-5507-a992-3326b06eb92f",
   * });
   */
  list(params: AcsEncodersListParams, options?: RequestOptions): Promise<AcsEncodersListResponse> {
    return this.#client.request<AcsEncodersListResponse>(
      {
        method: 'POST',
        path: '/acs/encoders/list',
        params,
        bodyKind: 'json',
        responseKey: 'acs_encoders',
        idempotent: true,
      },
      options,
    )
  }

  /**
   * Every item of `list`, page after page: follows `pagination.next_page_cursor` until the last page.
   *
   * `POST /acs/encoders/list`
   *
   * @param params - The arguments, flat (`AcsEncodersListParams`).
   * @param params.acs_system_id - ID of the access system for which you want to retrieve all encoders.
   * @param params.limit - Number of encoders to return.
   * @param params.page_cursor - Identifies the specific page of results to return, obtained from the previous page's `next_page_cursor`.
   * @param params.acs_system_ids - IDs of the access systems for which you want to retrieve all encoders.
   * @param params.acs_encoder_ids - IDs of the encoders that you want to retrieve.
   * @param options - For this call only: `timeout`, `signal`, `headers`, `retry`.
   * @returns The items of every page, fetched as the loop asks for them.
   * @throws {ClientError} A 4xx response: the request was refused.
   * @throws {ServerError} A 5xx response, after the retries of an idempotent call.
   * @throws {TimeoutError} A try took longer than the timeout.
   * @see docs/acs/encoders/list.md
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
        idempotent: true,
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
   *
   * @param params - The arguments, flat (`AcsEncodersScanCredentialParams`).
   * @param params.acs_encoder_id - ID of the encoder to use for the scan.
   * @param params.salto_ks_metadata - Salto KS-specific metadata for the scan action.
   * @param options - For this call only: `timeout`, `signal`, `headers`, `retry`, `waitForActionAttempt`.
   * @returns The response's `action_attempt` (`AcsEncodersScanCredentialResponse`): Represents an action attempt that enables you to keep track of the progress of your action that affects a physical device or system.actions against a device. Action attempts are useful because the physical world is intrinsically asynchronous.
   * @throws {ClientError} A 4xx response: the request was refused.
   * @throws {ServerError} A 5xx response, after the retries of an idempotent call.
   * @throws {TimeoutError} A try took longer than the timeout.
   * @throws {ActionAttemptError} While waiting: the action attempt failed.
   * @throws {ActionAttemptTimeoutError} While waiting: the action attempt was still pending.
   * @see docs/acs/encoders/scan_credential.md
   * @example
   * await seam.acs.encoders.scanCredential({
   *   acs_encoder_id: "57481244-7aa3-5f0e-a6c7-0eab237ffc1a",
   * });
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
   *
   * @param params - The arguments, flat (`AcsEncodersScanToAssignCredentialParams`).
   * @param params.acs_encoder_id - ID of the `acs_encoder` to use to scan the credential.
   * @param params.acs_user_id - ID of the `acs_user` to assign the scanned credential to.
   * @param params.salto_ks_metadata - Salto KS-specific metadata for the scan action.
   * @param params.user_identity_id - ID of the `user_identity` to assign the scanned credential to. If the ACS system contains an ACS user linked to this user identity, it is used. Otherwise, one is created.
   * @param options - For this call only: `timeout`, `signal`, `headers`, `retry`, `waitForActionAttempt`.
   * @returns The response's `action_attempt` (`AcsEncodersScanToAssignCredentialResponse`): Represents an action attempt that enables you to keep track of the progress of your action that affects a physical device or system.actions against a device. Action attempts are useful because the physical world is intrinsically asynchronous.
   * @throws {ClientError} A 4xx response: the request was refused.
   * @throws {ServerError} A 5xx response, after the retries of an idempotent call.
   * @throws {TimeoutError} A try took longer than the timeout.
   * @throws {ActionAttemptError} While waiting: the action attempt failed.
   * @throws {ActionAttemptTimeoutError} While waiting: the action attempt was still pending.
   * @see docs/acs/encoders/scan_to_assign_credential.md
   * @example
   * await seam.acs.encoders.scanToAssignCredential({
   *   acs_encoder_id: "57481244-7aa3-5f0e-a6c7-0eab237ffc1a",
   *   acs_user_id: "8880b788-dbdf-59e5-9ebf-e9d60d9f9090",
   * });
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
