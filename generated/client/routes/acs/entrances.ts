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
   */
  get(params: AcsEntrancesGetParams, options?: RequestOptions): Promise<AcsEntrancesGetResponse> {
    return this.#client.request<AcsEntrancesGetResponse>(
      {
        method: 'POST',
        path: '/acs/entrances/get',
        params,
        bodyKind: 'json',
        responseKey: 'acs_entrance',
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
      },
      options,
    )
  }

  /**
   * Every item of `list`, page after page: follows `pagination.next_page_cursor` until the last page.
   *
   * `POST /acs/entrances/list`
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
