/* Generated from the Seam Connect OpenAPI spec (version 1.0.0): do not edit by hand. */

import type { ActionAttemptRequestOptions, HttpClient, RequestOptions } from '../../runtime.js'
import type { AcsCredential, AcsEntrance, ActionAttempt, operations } from '../../types.js'

/** Arguments of `seam.acs.entrances.get()`. */
export type AcsEntrancesGetParams = NonNullable<
  operations['acs.entrances.get']['requestBody']
>['content']['application/json']
/** What `seam.acs.entrances.get()` returns. */
export type AcsEntrancesGetResponse = AcsEntrance

/** Every field `seam.acs.entrances.grantAccess()` takes; `AcsEntrancesGrantAccessParams` says which go together. */
export type AcsEntrancesGrantAccessFields = NonNullable<
  operations['acs.entrances.grant_access']['requestBody']
>['content']['application/json']
/** Arguments of `seam.acs.entrances.grantAccess()`: either `acs_user_id`, or `user_identity_id`. */
export type AcsEntrancesGrantAccessParams = Omit<
  AcsEntrancesGrantAccessFields,
  'acs_user_id' | 'user_identity_id'
> &
  (
    | {
        acs_user_id: Exclude<AcsEntrancesGrantAccessFields['acs_user_id'], undefined>
        user_identity_id?: never
      }
    | {
        acs_user_id?: never
        user_identity_id: Exclude<AcsEntrancesGrantAccessFields['user_identity_id'], undefined>
      }
  )
/** What `seam.acs.entrances.grantAccess()` returns. */
export type AcsEntrancesGrantAccessResponse = void

/** Arguments of `seam.acs.entrances.list()`. */
export type AcsEntrancesListParams = NonNullable<
  operations['acs.entrances.list']['requestBody']
>['content']['application/json']
/** What `seam.acs.entrances.list()` returns. */
export type AcsEntrancesListResponse = AcsEntrance[]

/** Arguments of `seam.acs.entrances.listCredentialsWithAccess()`. */
export type AcsEntrancesListCredentialsWithAccessParams = NonNullable<
  operations['acs.entrances.list_credentials_with_access']['requestBody']
>['content']['application/json']
/** What `seam.acs.entrances.listCredentialsWithAccess()` returns. */
export type AcsEntrancesListCredentialsWithAccessResponse = AcsCredential[]

/** Arguments of `seam.acs.entrances.unlock()`. */
export type AcsEntrancesUnlockParams = NonNullable<
  operations['acs.entrances.unlock']['requestBody']
>['content']['application/json']
/** What `seam.acs.entrances.unlock()` returns. */
export type AcsEntrancesUnlockResponse = ActionAttempt

/** Methods of `seam.acs.entrances`. */
export class SeamHttpAcsEntrances {
  readonly #client: HttpClient

  constructor(client: HttpClient) {
    this.#client = client
  }

  /**
   * Get an Entrance
   *
   * Returns a specified [access system entrance](https://docs.seam.co/low-level-apis/access-systems/retrieving-entrance-details).
   *
   * `POST /acs/entrances/get`
   *
   * @param params - The arguments, flat (`AcsEntrancesGetParams`).
   * @param params.acs_entrance_id - ID of the entrance that you want to get.
   * @param options - For this call only: `timeout`, `signal`, `headers`, `retry`.
   * @returns The response's `acs_entrance` (`AcsEntrancesGetResponse`): Represents an [entrance](https://docs.seam.co/low-level-apis/access-systems/retrieving-entrance-details) within an [access control system](https://docs.seam.co/low-level-apis/access-systems).
   * @throws {ClientError} A 4xx response: the request was refused.
   * @throws {ServerError} A 5xx response, after the retries of an idempotent call.
   * @throws {TimeoutError} A try took longer than the timeout.
   * @see docs/acs/entrances/get.md
   * @example
   * await seam.acs.entrances.get({
   *   acs_entrance_id: "70836a59-a9a2-566d-bb84-3b8f31ffc389",
   * });
   */
  get(params: AcsEntrancesGetParams, options?: RequestOptions): Promise<AcsEntrancesGetResponse> {
    return this.#client.request<AcsEntrancesGetResponse>(
      {
        method: 'POST',
        path: '/acs/entrances/get',
        params,
        bodyKind: 'json',
        responseKey: 'acs_entrance',
        idempotent: true,
      },
      options,
    )
  }

  /**
   * Grant an ACS User Access to an Entrance
   *
   * Grants a specified [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management) access to a specified [access system entrance](https://docs.seam.co/low-level-apis/access-systems/retrieving-entrance-details).
   *
   * `POST /acs/entrances/grant_access`
   *
   * @param params - The arguments, flat (`AcsEntrancesGrantAccessParams`).
   * @param params.acs_entrance_id - ID of the entrance to which you want to grant an access system user access.
   * @param params.acs_user_id - ID of the access system user to whom you want to grant access to an entrance. You can only provide one of acs_user_id or user_identity_id.
   * @param params.user_identity_id - ID of the user identity to whom you want to grant access to an entrance. You can only provide one of acs_user_id or user_identity_id. If the ACS system contains an ACS user with the same `email_address` or `phone_number` as the user identity that you specify, they are linked, and the access group membership belongs to the ACS user. If the ACS system does not have a corresponding ACS user, one is created.
   * @param options - For this call only: `timeout`, `signal`, `headers`, `retry`.
   * @returns Nothing: the promise resolves once the call succeeds.
   * @throws {ClientError} A 4xx response: the request was refused.
   * @throws {ServerError} A 5xx response, after the retries of an idempotent call.
   * @throws {TimeoutError} A try took longer than the timeout.
   * @see docs/acs/entrances/grant_access.md
   * @example
   * await seam.acs.entrances.grantAccess({
   *   acs_entrance_id: "70836a59-a9a2-566d-bb84-3b8f31ffc389",
   *   acs_user_id: "8880b788-dbdf-59e5-9ebf-e9d60d9f9090",
   * });
   */
  grantAccess(
    params: AcsEntrancesGrantAccessParams,
    options?: RequestOptions,
  ): Promise<AcsEntrancesGrantAccessResponse> {
    return this.#client.request<AcsEntrancesGrantAccessResponse>(
      {
        method: 'POST',
        path: '/acs/entrances/grant_access',
        params,
        bodyKind: 'json',
        responseKey: null,
      },
      options,
    )
  }

  /**
   * List Entrances
   *
   * Returns a list of all [access system entrances](https://docs.seam.co/low-level-apis/access-systems/retrieving-entrance-details).
   *
   * `POST /acs/entrances/list`
   *
   * @param params - The arguments, flat (`AcsEntrancesListParams`).
   * @param params.acs_credential_id - ID of the credential for which you want to retrieve all entrances.
   * @param params.acs_entrance_ids - IDs of the entrances for which you want to retrieve all entrances.
   * @param params.acs_system_id - ID of the access system for which you want to retrieve all entrances.
   * @param params.connected_account_id - ID of the connected account for which you want to retrieve all entrances.
   * @param params.customer_key - Customer key for which you want to list entrances.
   * @param params.limit - Maximum number of records to return per page.
   * @param params.location_id - Deprecated: Use `space_id`.
   * @param params.page_cursor - Identifies the specific page of results to return, obtained from the previous page's `next_page_cursor`.
   * @param params.search - String for which to search. Filters returned entrances to include all records that satisfy a partial match using `display_name`.
   * @param params.space_id - ID of the space for which you want to list entrances.
   * @param options - For this call only: `timeout`, `signal`, `headers`, `retry`.
   * @returns The response's `acs_entrances` (`AcsEntrancesListResponse`).
   * @throws {ClientError} A 4xx response: the request was refused.
   * @throws {ServerError} A 5xx response, after the retries of an idempotent call.
   * @throws {TimeoutError} A try took longer than the timeout.
   * @see docs/acs/entrances/list.md
   * @example
   * await seam.acs.entrances.list();
   */
  list(
    params?: AcsEntrancesListParams,
    options?: RequestOptions,
  ): Promise<AcsEntrancesListResponse> {
    return this.#client.request<AcsEntrancesListResponse>(
      {
        method: 'POST',
        path: '/acs/entrances/list',
        params,
        bodyKind: 'json',
        responseKey: 'acs_entrances',
        idempotent: true,
      },
      options,
    )
  }

  /**
   * Every item of `list`, page after page: follows `pagination.next_page_cursor` until the last page.
   *
   * `POST /acs/entrances/list`
   *
   * @param params - The arguments, flat (`AcsEntrancesListParams`).
   * @param params.acs_credential_id - ID of the credential for which you want to retrieve all entrances.
   * @param params.acs_entrance_ids - IDs of the entrances for which you want to retrieve all entrances.
   * @param params.acs_system_id - ID of the access system for which you want to retrieve all entrances.
   * @param params.connected_account_id - ID of the connected account for which you want to retrieve all entrances.
   * @param params.customer_key - Customer key for which you want to list entrances.
   * @param params.limit - Maximum number of records to return per page.
   * @param params.location_id - Deprecated: Use `space_id`.
   * @param params.page_cursor - Identifies the specific page of results to return, obtained from the previous page's `next_page_cursor`.
   * @param params.search - String for which to search. Filters returned entrances to include all records that satisfy a partial match using `display_name`.
   * @param params.space_id - ID of the space for which you want to list entrances.
   * @param options - For this call only: `timeout`, `signal`, `headers`, `retry`.
   * @returns The items of every page, fetched as the loop asks for them.
   * @throws {ClientError} A 4xx response: the request was refused.
   * @throws {ServerError} A 5xx response, after the retries of an idempotent call.
   * @throws {TimeoutError} A try took longer than the timeout.
   * @see docs/acs/entrances/list.md
   */
  listAll(
    params?: AcsEntrancesListParams,
    options?: RequestOptions,
  ): AsyncIterable<AcsEntrancesListResponse[number]> {
    return this.#client.paginate<AcsEntrancesListResponse[number]>(
      {
        method: 'POST',
        path: '/acs/entrances/list',
        params,
        bodyKind: 'json',
        responseKey: 'acs_entrances',
        idempotent: true,
        cursorParameter: 'page_cursor',
        nextCursorPath: ['pagination', 'next_page_cursor'],
      },
      options,
    )
  }

  /**
   * List Credentials with Access to an Entrance
   *
   * Returns a list of all [credentials](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) with access to a specified [entrance](https://docs.seam.co/low-level-apis/access-systems/retrieving-entrance-details).
   *
   * `POST /acs/entrances/list_credentials_with_access`
   *
   * @param params - The arguments, flat (`AcsEntrancesListCredentialsWithAccessParams`).
   * @param params.acs_entrance_id - ID of the entrance for which you want to list all credentials that grant access.
   * @param params.include_if - Conditions that credentials must meet to be included in the returned list.
   * @param options - For this call only: `timeout`, `signal`, `headers`, `retry`.
   * @returns The response's `acs_credentials` (`AcsEntrancesListCredentialsWithAccessResponse`).
   * @throws {ClientError} A 4xx response: the request was refused.
   * @throws {ServerError} A 5xx response, after the retries of an idempotent call.
   * @throws {TimeoutError} A try took longer than the timeout.
   * @see docs/acs/entrances/list_credentials_with_access.md
   * @example
   * await seam.acs.entrances.listCredentialsWithAccess({
   *   acs_entrance_id: "70836a59-a9a2-566d-bb84-3b8f31ffc389",
   * });
   */
  listCredentialsWithAccess(
    params: AcsEntrancesListCredentialsWithAccessParams,
    options?: RequestOptions,
  ): Promise<AcsEntrancesListCredentialsWithAccessResponse> {
    return this.#client.request<AcsEntrancesListCredentialsWithAccessResponse>(
      {
        method: 'POST',
        path: '/acs/entrances/list_credentials_with_access',
        params,
        bodyKind: 'json',
        responseKey: 'acs_credentials',
        idempotent: true,
      },
      options,
    )
  }

  /**
   * Unlock an Entrance
   *
   * Remotely unlocks a specified [entrance](https://docs.seam.co/low-level-apis/access-systems/retrieving-entrance-details) using a cloud_key credential. Returns an action attempt that tracks the progress of the unlock operation.
   *
   * Returns an action attempt; pass `{ waitForActionAttempt: true }` to wait until it succeeds or fails.
   *
   * `POST /acs/entrances/unlock`
   *
   * @param params - The arguments, flat (`AcsEntrancesUnlockParams`).
   * @param params.acs_credential_id - ID of the cloud_key credential to use for the unlock operation.
   * @param params.acs_entrance_id - ID of the entrance to unlock.
   * @param options - For this call only: `timeout`, `signal`, `headers`, `retry`, `waitForActionAttempt`.
   * @returns The response's `action_attempt` (`AcsEntrancesUnlockResponse`): Represents an action attempt that enables you to keep track of the progress of your action that affects a physical device or system.actions against a device. Action attempts are useful because the physical world is intrinsically asynchronous.
   * @throws {ClientError} A 4xx response: the request was refused.
   * @throws {ServerError} A 5xx response, after the retries of an idempotent call.
   * @throws {TimeoutError} A try took longer than the timeout.
   * @throws {ActionAttemptError} While waiting: the action attempt failed.
   * @throws {ActionAttemptTimeoutError} While waiting: the action attempt was still pending.
   * @see docs/acs/entrances/unlock.md
   * @example
   * await seam.acs.entrances.unlock({
   *   acs_entrance_id: "70836a59-a9a2-566d-bb84-3b8f31ffc389",
   *   acs_credential_id: "42d0a8d2-b3e9-5ade-ad4a-e9003c46d2ef",
   * });
   */
  unlock(
    params: AcsEntrancesUnlockParams,
    options?: ActionAttemptRequestOptions,
  ): Promise<AcsEntrancesUnlockResponse> {
    return this.#client.requestActionAttempt<AcsEntrancesUnlockResponse>(
      {
        method: 'POST',
        path: '/acs/entrances/unlock',
        params,
        bodyKind: 'json',
        responseKey: 'action_attempt',
      },
      options,
    )
  }
}
