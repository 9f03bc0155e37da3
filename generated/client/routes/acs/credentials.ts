/* Generated from the Seam Connect OpenAPI spec (version 1.0.0): do not edit by hand. */

import type { HttpClient, RequestOptions } from '../../runtime.js'
import type { AcsCredential, AcsEntrance, operations } from '../../types.js'
import { SeamHttpAcsCredentialsUnmanaged } from './credentials/unmanaged.js'

/** Every field `seam.acs.credentials.assign()` takes; `AcsCredentialsAssignParams` says which go together. */
export type AcsCredentialsAssignFields = NonNullable<
  operations['acs.credentials.assign']['requestBody']
>['content']['application/json']
/** Arguments of `seam.acs.credentials.assign()`: either `acs_user_id`, or `user_identity_id`. */
export type AcsCredentialsAssignParams = Omit<
  AcsCredentialsAssignFields,
  'acs_user_id' | 'user_identity_id'
> &
  (
    | {
        acs_user_id: Exclude<AcsCredentialsAssignFields['acs_user_id'], undefined>
        user_identity_id?: never
      }
    | {
        acs_user_id?: never
        user_identity_id: Exclude<AcsCredentialsAssignFields['user_identity_id'], undefined>
      }
  )
/** What `seam.acs.credentials.assign()` returns. */
export type AcsCredentialsAssignResponse = void

/** Every field `seam.acs.credentials.create()` takes; `AcsCredentialsCreateParams` says which go together. */
export type AcsCredentialsCreateFields = NonNullable<
  operations['acs.credentials.create']['requestBody']
>['content']['application/json']
/** Arguments of `seam.acs.credentials.create()`: either `acs_user_id`, or `acs_system_id` and `user_identity_id`. */
export type AcsCredentialsCreateParams = Omit<
  AcsCredentialsCreateFields,
  'acs_system_id' | 'acs_user_id' | 'user_identity_id'
> &
  (
    | {
        acs_system_id?: never
        acs_user_id: Exclude<AcsCredentialsCreateFields['acs_user_id'], undefined>
        user_identity_id?: never
      }
    | {
        acs_system_id: Exclude<AcsCredentialsCreateFields['acs_system_id'], undefined>
        acs_user_id?: never
        user_identity_id: Exclude<AcsCredentialsCreateFields['user_identity_id'], undefined>
      }
  )
/** What `seam.acs.credentials.create()` returns. */
export type AcsCredentialsCreateResponse = AcsCredential

/** Arguments of `seam.acs.credentials.createOfflineCode()`. */
export type AcsCredentialsCreateOfflineCodeParams = NonNullable<
  operations['acs.credentials.create_offline_code']['requestBody']
>['content']['application/json']
/** What `seam.acs.credentials.createOfflineCode()` returns. */
export type AcsCredentialsCreateOfflineCodeResponse = AcsCredential

/** Arguments of `seam.acs.credentials.delete()`. */
export type AcsCredentialsDeleteParams = NonNullable<
  operations['acs.credentials.delete']['requestBody']
>['content']['application/json']
/** What `seam.acs.credentials.delete()` returns. */
export type AcsCredentialsDeleteResponse = void

/** Arguments of `seam.acs.credentials.get()`. */
export type AcsCredentialsGetParams = NonNullable<
  operations['acs.credentials.get']['requestBody']
>['content']['application/json']
/** What `seam.acs.credentials.get()` returns. */
export type AcsCredentialsGetResponse = AcsCredential

/** Arguments of `seam.acs.credentials.list()`. */
export type AcsCredentialsListParams = NonNullable<
  operations['acs.credentials.list']['requestBody']
>['content']['application/json']
/** What `seam.acs.credentials.list()` returns. */
export type AcsCredentialsListResponse = AcsCredential[]

/** Arguments of `seam.acs.credentials.listAccessibleEntrances()`. */
export type AcsCredentialsListAccessibleEntrancesParams = NonNullable<
  operations['acs.credentials.list_accessible_entrances']['requestBody']
>['content']['application/json']
/** What `seam.acs.credentials.listAccessibleEntrances()` returns. */
export type AcsCredentialsListAccessibleEntrancesResponse = AcsEntrance[]

/** Every field `seam.acs.credentials.unassign()` takes; `AcsCredentialsUnassignParams` says which go together. */
export type AcsCredentialsUnassignFields = NonNullable<
  operations['acs.credentials.unassign']['requestBody']
>['content']['application/json']
/** Arguments of `seam.acs.credentials.unassign()`: either `acs_user_id`, or `user_identity_id`. */
export type AcsCredentialsUnassignParams = Omit<
  AcsCredentialsUnassignFields,
  'acs_user_id' | 'user_identity_id'
> &
  (
    | {
        acs_user_id: Exclude<AcsCredentialsUnassignFields['acs_user_id'], undefined>
        user_identity_id?: never
      }
    | {
        acs_user_id?: never
        user_identity_id: Exclude<AcsCredentialsUnassignFields['user_identity_id'], undefined>
      }
  )
/** What `seam.acs.credentials.unassign()` returns. */
export type AcsCredentialsUnassignResponse = void

/** Arguments of `seam.acs.credentials.update()`. */
export type AcsCredentialsUpdateParams = NonNullable<
  operations['acs.credentials.update']['requestBody']
>['content']['application/json']
/** What `seam.acs.credentials.update()` returns. */
export type AcsCredentialsUpdateResponse = void

/** Methods of `seam.acs.credentials`. */
export class SeamHttpAcsCredentials {
  /** Methods of `seam.acs.credentials.unmanaged`. */
  readonly unmanaged: SeamHttpAcsCredentialsUnmanaged
  readonly #client: HttpClient

  constructor(client: HttpClient) {
    this.#client = client
    this.unmanaged = new SeamHttpAcsCredentialsUnmanaged(client)
  }

  /**
   * Assign a Credential to an ACS User
   *
   * Assigns a specified [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) to a specified [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management).
   *
   * `POST /acs/credentials/assign`
   */
  assign(
    params: AcsCredentialsAssignParams,
    options?: RequestOptions,
  ): Promise<AcsCredentialsAssignResponse> {
    return this.#client.request<AcsCredentialsAssignResponse>(
      {
        method: 'POST',
        path: '/acs/credentials/assign',
        params,
        bodyKind: 'json',
        responseKey: null,
      },
      options,
    )
  }

  /**
   * Create a Credential for an ACS User
   *
   * Creates a new [credential](https://docs.seam.co/low-level-apis/managing-credentials) for a specified [ACS user](https://docs.seam.co/low-level-apis/access-systems/user-management). For granting access, we recommend [Access Grants](https://docs.seam.co/use-cases/granting-access) instead: they create and manage the underlying credentials for you, across access systems and standalone smart locks alike. Use this low-level endpoint only when you need direct control over an individual ACS credential.
   *
   * `POST /acs/credentials/create`
   */
  create(
    params: AcsCredentialsCreateParams,
    options?: RequestOptions,
  ): Promise<AcsCredentialsCreateResponse> {
    return this.#client.request<AcsCredentialsCreateResponse>(
      {
        method: 'POST',
        path: '/acs/credentials/create',
        params,
        bodyKind: 'json',
        responseKey: 'acs_credential',
      },
      options,
    )
  }

  /**
   * Create an Offline Credential for an ACS User
   *
   * Creates a new offline [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) for a specified [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management).
   *
   * Undocumented: Unreleased.
   *
   * `POST /acs/credentials/create_offline_code`
   */
  createOfflineCode(
    params: AcsCredentialsCreateOfflineCodeParams,
    options?: RequestOptions,
  ): Promise<AcsCredentialsCreateOfflineCodeResponse> {
    return this.#client.request<AcsCredentialsCreateOfflineCodeResponse>(
      {
        method: 'POST',
        path: '/acs/credentials/create_offline_code',
        params,
        bodyKind: 'json',
        responseKey: 'acs_credential',
      },
      options,
    )
  }

  /**
   * Delete a Credential
   *
   * Deletes a specified [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials).
   *
   * `POST /acs/credentials/delete`
   */
  delete(
    params: AcsCredentialsDeleteParams,
    options?: RequestOptions,
  ): Promise<AcsCredentialsDeleteResponse> {
    return this.#client.request<AcsCredentialsDeleteResponse>(
      {
        method: 'POST',
        path: '/acs/credentials/delete',
        params,
        bodyKind: 'json',
        responseKey: null,
      },
      options,
    )
  }

  /**
   * Get a Credential
   *
   * Returns a specified [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials).
   *
   * `POST /acs/credentials/get`
   */
  get(
    params: AcsCredentialsGetParams,
    options?: RequestOptions,
  ): Promise<AcsCredentialsGetResponse> {
    return this.#client.request<AcsCredentialsGetResponse>(
      {
        method: 'POST',
        path: '/acs/credentials/get',
        params,
        bodyKind: 'json',
        responseKey: 'acs_credential',
      },
      options,
    )
  }

  /**
   * List Credentials
   *
   * Returns a list of all [credentials](https://docs.seam.co/low-level-apis/access-systems/managing-credentials).
   *
   * `POST /acs/credentials/list`
   */
  list(
    params?: AcsCredentialsListParams,
    options?: RequestOptions,
  ): Promise<AcsCredentialsListResponse> {
    return this.#client.request<AcsCredentialsListResponse>(
      {
        method: 'POST',
        path: '/acs/credentials/list',
        params,
        bodyKind: 'json',
        responseKey: 'acs_credentials',
      },
      options,
    )
  }

  /**
   * Every item of `list`, page after page: follows `pagination.next_page_cursor` until the last page.
   *
   * `POST /acs/credentials/list`
   */
  listAll(
    params?: AcsCredentialsListParams,
    options?: RequestOptions,
  ): AsyncIterable<AcsCredentialsListResponse[number]> {
    return this.#client.paginate<AcsCredentialsListResponse[number]>(
      {
        method: 'POST',
        path: '/acs/credentials/list',
        params,
        bodyKind: 'json',
        responseKey: 'acs_credentials',
        cursorParameter: 'page_cursor',
        nextCursorPath: ['pagination', 'next_page_cursor'],
      },
      options,
    )
  }

  /**
   * List Accessible Entrances
   *
   * Returns a list of all [entrances](https://docs.seam.co/api/acs/entrances) to which a [credential](https://docs.seam.co/api/acs/credentials) grants access.
   *
   * `POST /acs/credentials/list_accessible_entrances`
   */
  listAccessibleEntrances(
    params: AcsCredentialsListAccessibleEntrancesParams,
    options?: RequestOptions,
  ): Promise<AcsCredentialsListAccessibleEntrancesResponse> {
    return this.#client.request<AcsCredentialsListAccessibleEntrancesResponse>(
      {
        method: 'POST',
        path: '/acs/credentials/list_accessible_entrances',
        params,
        bodyKind: 'json',
        responseKey: 'acs_entrances',
      },
      options,
    )
  }

  /**
   * Unassign a Credential from an ACS User
   *
   * Unassigns a specified [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) from a specified [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management).
   *
   * `POST /acs/credentials/unassign`
   */
  unassign(
    params: AcsCredentialsUnassignParams,
    options?: RequestOptions,
  ): Promise<AcsCredentialsUnassignResponse> {
    return this.#client.request<AcsCredentialsUnassignResponse>(
      {
        method: 'POST',
        path: '/acs/credentials/unassign',
        params,
        bodyKind: 'json',
        responseKey: null,
      },
      options,
    )
  }

  /**
   * Update a Credential
   *
   * Updates the code and ends at date and time for a specified [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials).
   *
   * `POST /acs/credentials/update`
   */
  update(
    params: AcsCredentialsUpdateParams,
    options?: RequestOptions,
  ): Promise<AcsCredentialsUpdateResponse> {
    return this.#client.request<AcsCredentialsUpdateResponse>(
      {
        method: 'POST',
        path: '/acs/credentials/update',
        params,
        bodyKind: 'json',
        responseKey: null,
      },
      options,
    )
  }
}
