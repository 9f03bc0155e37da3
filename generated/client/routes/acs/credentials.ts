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
   *
   * @param params - The arguments, flat (`AcsCredentialsAssignParams`).
   * @param params.acs_credential_id - ID of the credential that you want to assign to an access system user.
   * @param params.acs_user_id - ID of the access system user to whom you want to assign a credential. You can only provide one of acs_user_id or user_identity_id.
   * @param params.user_identity_id - ID of the user identity to whom you want to assign a credential. You can only provide one of acs_user_id or user_identity_id. If the ACS system contains an ACS user with the same `email_address` or `phone_number` as the user identity that you specify, they are linked, and the credential belongs to the ACS user. If the ACS system does not have a corresponding ACS user, one is created.
   * @param options - For this call only: `timeout`, `signal`, `headers`, `retry`.
   * @returns Nothing: the promise resolves once the call succeeds.
   * @throws {ClientError} A 4xx response: the request was refused.
   * @throws {ServerError} A 5xx response, after the retries of an idempotent call.
   * @throws {TimeoutError} A try took longer than the timeout.
   * @see docs/acs/credentials/assign.md
   * @example
   * await seam.acs.credentials.assign({
   *   acs_credential_id: "42d0a8d2-b3e9-5ade-ad4a-e9003c46d2ef",
   *   acs_user_id: "8880b788-dbdf-59e5-9ebf-e9d60d9f9090",
   * });
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
   *
   * @param params - The arguments, flat (`AcsCredentialsCreateParams`).
   * @param params.access_method - Access method for the new credential. Supported values: `code`, `card`, `mobile_key`, `cloud_key`.
   * @param params.acs_system_id - ID of the access system to which the new credential belongs. You must provide either `acs_user_id` or the combination of `user_identity_id` and `acs_system_id`.
   * @param params.acs_user_id - ID of the access system user to whom the new credential belongs. You must provide either `acs_user_id` or the combination of `user_identity_id` and `acs_system_id`.
   * @param params.allowed_acs_entrance_ids - Set of IDs of the [entrances](https://docs.seam.co/low-level-apis/access-systems/retrieving-entrance-details) for which the new credential grants access.
   * @param params.assa_abloy_vostio_metadata - Vostio-specific metadata for the new credential.
   * @param params.code - Access (PIN) code for the new credential. There may be manufacturer-specific code restrictions. For details, see the applicable [device or system integration guide](https://docs.seam.co/device-and-system-integration-guides).
   * @param params.credential_manager_acs_system_id - ACS system ID of the credential manager for the new credential.
   * @param params.ends_at - Date and time at which the validity of the new credential ends, in [ISO 8601](https://www.iso.org/iso-8601-date-and-time-format.html) format. Must be a time in the future and after `starts_at`.
   * @param params.is_multi_phone_sync_credential - Indicates whether the new credential is a [multi-phone sync credential](https://docs.seam.co/capability-guides/mobile-access/issuing-mobile-credentials-from-an-access-control-system#what-are-multi-phone-sync-credentials).
   * @param params.salto_space_metadata - Salto Space-specific metadata for the new credential.
   * @param params.starts_at - Date and time at which the validity of the new credential starts, in [ISO 8601](https://www.iso.org/iso-8601-date-and-time-format.html) format.
   * @param params.user_identity_id - ID of the user identity to whom the new credential belongs. You must provide either `acs_user_id` or the combination of `user_identity_id` and `acs_system_id`. If the access system contains a user with the same `email_address` or `phone_number` as the user identity that you specify, they are linked, and the credential belongs to the access system user. If the access system does not have a corresponding user, one is created.
   * @param params.visionline_metadata - Visionline-specific metadata for the new credential.
   * @param options - For this call only: `timeout`, `signal`, `headers`, `retry`.
   * @returns The response's `acs_credential` (`AcsCredentialsCreateResponse`): Means by which an [access control system user](https://docs.seam.co/low-level-apis/access-systems/user-management) gains access at an [entrance](https://docs.seam.co/low-level-apis/access-systems/retrieving-entrance-details). The `acs_credential` object represents a [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) that provides an ACS user access within an [access control system](https://docs.seam.co/low-level-apis/access-systems).
   * @throws {ClientError} A 4xx response: the request was refused.
   * @throws {ServerError} A 5xx response, after the retries of an idempotent call.
   * @throws {TimeoutError} A try took longer than the timeout.
   * @see docs/acs/credentials/create.md
   * @example
   * await seam.acs.credentials.create({
   *   acs_user_id: "8880b788-dbdf-59e5-9ebf-e9d60d9f9090",
   *   access_method: "code",
   *   allowed_acs_entrance_ids: ["a402f089-26f3-5f9f-8cde-9fda689af235"],
   *   credential_manager_acs_system_id: "04c1896f-3809-56a1-9250-62742a42ceee",
   *   starts_at: "2025-06-15T16:54:17.946Z",
   *   ends_at: "2025-06-18T16:54:17.946Z",
   *   code: "2137334",
   *   is_multi_phone_sync_credential: true,
   * });
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
   *
   * @param params - The arguments, flat (`AcsCredentialsCreateOfflineCodeParams`).
   * @param params.acs_user_id - ID of the access system user to whom the new credential belongs.
   * @param params.allowed_acs_entrance_id - IDs of the [`acs_entrance`s](https://docs.seam.co/low-level-apis/access-systems/retrieving-entrance-details) for which the new credential grants access.
   * @param params.ends_at - Date and time at which the validity of the new credential ends, in [ISO 8601](https://www.iso.org/iso-8601-date-and-time-format.html) format. Must be a time in the future and after `starts_at`.
   * @param params.is_one_time_use - Indicates whether the code is one-time-use or reusable.
   * @param params.starts_at - Date and time at which the validity of the new credential starts, in [ISO 8601](https://www.iso.org/iso-8601-date-and-time-format.html) format.
   * @param options - For this call only: `timeout`, `signal`, `headers`, `retry`.
   * @returns The response's `acs_credential` (`AcsCredentialsCreateOfflineCodeResponse`): Means by which an [access control system user](https://docs.seam.co/low-level-apis/access-systems/user-management) gains access at an [entrance](https://docs.seam.co/low-level-apis/access-systems/retrieving-entrance-details). The `acs_credential` object represents a [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) that provides an ACS user access within an [access control system](https://docs.seam.co/low-level-apis/access-systems).
   * @throws {ClientError} A 4xx response: the request was refused.
   * @throws {ServerError} A 5xx response, after the retries of an idempotent call.
   * @throws {TimeoutError} A try took longer than the timeout.
   * @example
   * await seam.acs.credentials.createOfflineCode({
   *   acs_user_id: "8880b788-dbdf-59e5-9ebf-e9d60d9f9090",
   *   allowed_acs_entrance_id: "a402f089-26f3-5f9f-8cde-9fda689af235",
   *   starts_at: "2025-06-15T16:54:17.946Z",
   *   ends_at: "2025-06-18T16:54:17.946Z",
   *   is_one_time_use: true,
   * });
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
   *
   * @param params - The arguments, flat (`AcsCredentialsDeleteParams`).
   * @param params.acs_credential_id - ID of the credential that you want to delete.
   * @param options - For this call only: `timeout`, `signal`, `headers`, `retry`.
   * @returns Nothing: the promise resolves once the call succeeds.
   * @throws {ClientError} A 4xx response: the request was refused.
   * @throws {ServerError} A 5xx response, after the retries of an idempotent call.
   * @throws {TimeoutError} A try took longer than the timeout.
   * @see docs/acs/credentials/delete.md
   * @example
   * await seam.acs.credentials.delete({
   *   acs_credential_id: "42d0a8d2-b3e9-5ade-ad4a-e9003c46d2ef",
   * });
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
        idempotent: true,
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
   *
   * @param params - The arguments, flat (`AcsCredentialsGetParams`).
   * @param params.acs_credential_id - ID of the credential that you want to get.
   * @param options - For this call only: `timeout`, `signal`, `headers`, `retry`.
   * @returns The response's `acs_credential` (`AcsCredentialsGetResponse`): Means by which an [access control system user](https://docs.seam.co/low-level-apis/access-systems/user-management) gains access at an [entrance](https://docs.seam.co/low-level-apis/access-systems/retrieving-entrance-details). The `acs_credential` object represents a [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) that provides an ACS user access within an [access control system](https://docs.seam.co/low-level-apis/access-systems).
   * @throws {ClientError} A 4xx response: the request was refused.
   * @throws {ServerError} A 5xx response, after the retries of an idempotent call.
   * @throws {TimeoutError} A try took longer than the timeout.
   * @see docs/acs/credentials/get.md
   * @example
   * await seam.acs.credentials.get({
   *   acs_credential_id: "42d0a8d2-b3e9-5ade-ad4a-e9003c46d2ef",
   * });
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
        idempotent: true,
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
   *
   * @param params - The arguments, flat (`AcsCredentialsListParams`).
   * @param params.acs_user_id - ID of the access system user for which you want to retrieve all credentials.
   * @param params.created_before - Date and time, in [ISO 8601](https://www.iso.org/iso-8601-date-and-time-format.html) format, before which events to return were created.
   * @param params.is_multi_phone_sync_credential - Indicates whether you want to retrieve only multi-phone sync credentials or non-multi-phone sync credentials.
   * @param params.limit - Number of credentials to return.
   * @param params.page_cursor - Identifies the specific page of results to return, obtained from the previous page's `next_page_cursor`.
   * @param params.search - String for which to search. Filters returned credentials to include all records that satisfy a partial match using `display_name`, `code`, `card_number`, `acs_user_id` or `acs_credential_id`.
   * @param params.acs_system_id - ID of the access system for which you want to retrieve all credentials.
   * @param params.user_identity_id - ID of the user identity for which you want to retrieve all credentials.
   * @param options - For this call only: `timeout`, `signal`, `headers`, `retry`.
   * @returns The response's `acs_credentials` (`AcsCredentialsListResponse`).
   * @throws {ClientError} A 4xx response: the request was refused.
   * @throws {ServerError} A 5xx response, after the retries of an idempotent call.
   * @throws {TimeoutError} A try took longer than the timeout.
   * @see docs/acs/credentials/list.md
   * @example
   * await seam.acs.credentials.list();
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
        idempotent: true,
      },
      options,
    )
  }

  /**
   * Every item of `list`, page after page: follows `pagination.next_page_cursor` until the last page.
   *
   * `POST /acs/credentials/list`
   *
   * @param params - The arguments, flat (`AcsCredentialsListParams`).
   * @param params.acs_user_id - ID of the access system user for which you want to retrieve all credentials.
   * @param params.created_before - Date and time, in [ISO 8601](https://www.iso.org/iso-8601-date-and-time-format.html) format, before which events to return were created.
   * @param params.is_multi_phone_sync_credential - Indicates whether you want to retrieve only multi-phone sync credentials or non-multi-phone sync credentials.
   * @param params.limit - Number of credentials to return.
   * @param params.page_cursor - Identifies the specific page of results to return, obtained from the previous page's `next_page_cursor`.
   * @param params.search - String for which to search. Filters returned credentials to include all records that satisfy a partial match using `display_name`, `code`, `card_number`, `acs_user_id` or `acs_credential_id`.
   * @param params.acs_system_id - ID of the access system for which you want to retrieve all credentials.
   * @param params.user_identity_id - ID of the user identity for which you want to retrieve all credentials.
   * @param options - For this call only: `timeout`, `signal`, `headers`, `retry`.
   * @returns The items of every page, fetched as the loop asks for them.
   * @throws {ClientError} A 4xx response: the request was refused.
   * @throws {ServerError} A 5xx response, after the retries of an idempotent call.
   * @throws {TimeoutError} A try took longer than the timeout.
   * @see docs/acs/credentials/list.md
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
        idempotent: true,
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
   *
   * @param params - The arguments, flat (`AcsCredentialsListAccessibleEntrancesParams`).
   * @param params.acs_credential_id - ID of the credential for which you want to retrieve all entrances to which the credential grants access.
   * @param options - For this call only: `timeout`, `signal`, `headers`, `retry`.
   * @returns The response's `acs_entrances` (`AcsCredentialsListAccessibleEntrancesResponse`).
   * @throws {ClientError} A 4xx response: the request was refused.
   * @throws {ServerError} A 5xx response, after the retries of an idempotent call.
   * @throws {TimeoutError} A try took longer than the timeout.
   * @see docs/acs/credentials/list_accessible_entrances.md
   * @example
   * await seam.acs.credentials.listAccessibleEntrances({
   *   acs_credential_id: "42d0a8d2-b3e9-5ade-ad4a-e9003c46d2ef",
   * });
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
        idempotent: true,
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
   *
   * @param params - The arguments, flat (`AcsCredentialsUnassignParams`).
   * @param params.acs_credential_id - ID of the credential that you want to unassign from an access system user.
   * @param params.acs_user_id - ID of the access system user from which you want to unassign a credential. You can only provide one of acs_user_id or user_identity_id.
   * @param params.user_identity_id - ID of the user identity from which you want to unassign a credential. You can only provide one of acs_user_id or user_identity_id.
   * @param options - For this call only: `timeout`, `signal`, `headers`, `retry`.
   * @returns Nothing: the promise resolves once the call succeeds.
   * @throws {ClientError} A 4xx response: the request was refused.
   * @throws {ServerError} A 5xx response, after the retries of an idempotent call.
   * @throws {TimeoutError} A try took longer than the timeout.
   * @see docs/acs/credentials/unassign.md
   * @example
   * await seam.acs.credentials.unassign({
   *   acs_credential_id: "42d0a8d2-b3e9-5ade-ad4a-e9003c46d2ef",
   *   acs_user_id: "8880b788-dbdf-59e5-9ebf-e9d60d9f9090",
   * });
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
   *
   * @param params - The arguments, flat (`AcsCredentialsUpdateParams`).
   * @param params.acs_credential_id - ID of the credential that you want to update.
   * @param params.code - Replacement access (PIN) code for the credential that you want to update.
   * @param params.ends_at - Replacement date and time at which the validity of the credential ends, in [ISO 8601](https://www.iso.org/iso-8601-date-and-time-format.html) format. Must be a time in the future and after the `starts_at` value that you set when creating the credential.
   * @param options - For this call only: `timeout`, `signal`, `headers`, `retry`.
   * @returns Nothing: the promise resolves once the call succeeds.
   * @throws {ClientError} A 4xx response: the request was refused.
   * @throws {ServerError} A 5xx response, after the retries of an idempotent call.
   * @throws {TimeoutError} A try took longer than the timeout.
   * @see docs/acs/credentials/update.md
   * @example
   * await seam.acs.credentials.update({
   *   acs_credential_id: "42d0a8d2-b3e9-5ade-ad4a-e9003c46d2ef",
   *   ends_at: "2025-06-18T16:54:17.946Z",
   *   code: "12",
   * });
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
