/* Generated from the Seam Connect OpenAPI spec (version 1.0.0): do not edit by hand. */

import type { HttpClient, RequestOptions } from '../../runtime.js'
import type { AcsSystem, operations } from '../../types.js'

/** Arguments of `seam.acs.systems.get()`. */
export type AcsSystemsGetParams = NonNullable<
  operations['acs.systems.get']['requestBody']
>['content']['application/json']
/** What `seam.acs.systems.get()` returns. */
export type AcsSystemsGetResponse = AcsSystem

/** Arguments of `seam.acs.systems.list()`. */
export type AcsSystemsListParams = NonNullable<
  operations['acs.systems.list']['requestBody']
>['content']['application/json']
/** What `seam.acs.systems.list()` returns. */
export type AcsSystemsListResponse = AcsSystem[]

/** Arguments of `seam.acs.systems.listCompatibleCredentialManagerAcsSystems()`. */
export type AcsSystemsListCompatibleCredentialManagerAcsSystemsParams = NonNullable<
  operations['acs.systems.list_compatible_credential_manager_acs_systems']['requestBody']
>['content']['application/json']
/** What `seam.acs.systems.listCompatibleCredentialManagerAcsSystems()` returns. */
export type AcsSystemsListCompatibleCredentialManagerAcsSystemsResponse = AcsSystem[]

/** Arguments of `seam.acs.systems.reportDevices()`. */
export type AcsSystemsReportDevicesParams = NonNullable<
  operations['acs.systems.report_devices']['requestBody']
>['content']['application/json']
/** What `seam.acs.systems.reportDevices()` returns. */
export type AcsSystemsReportDevicesResponse = void

/** Methods of `seam.acs.systems`. */
export class SeamHttpAcsSystems {
  readonly #client: HttpClient

  constructor(client: HttpClient) {
    this.#client = client
  }

  /**
   * Get an ACS System
   *
   * Returns a specified [access system](https://docs.seam.co/low-level-apis/access-systems).
   *
   * `POST /acs/systems/get`
   *
   * @param params - The arguments, flat (`AcsSystemsGetParams`).
   * @param params.acs_system_id - ID of the access system that you want to get.
   * @param options - For this call only: `timeout`, `signal`, `headers`, `retry`.
   * @returns The response's `acs_system` (`AcsSystemsGetResponse`): Represents an [access control system](https://docs.seam.co/low-level-apis/access-systems).
   * @throws {ClientError} A 4xx response: the request was refused.
   * @throws {ServerError} A 5xx response, after the retries of an idempotent call.
   * @throws {TimeoutError} A try took longer than the timeout.
   * @see docs/acs/systems/get.md
   * @example
   * await seam.acs.systems.get({
   *   acs_system_id: "1c018e12-4d42-5507-a992-3326b06eb92f",
   * });
   */
  get(params: AcsSystemsGetParams, options?: RequestOptions): Promise<AcsSystemsGetResponse> {
    return this.#client.request<AcsSystemsGetResponse>(
      {
        method: 'POST',
        path: '/acs/systems/get',
        params,
        bodyKind: 'json',
        responseKey: 'acs_system',
        idempotent: true,
      },
      options,
    )
  }

  /**
   * List ACS Systems
   *
   * Returns a list of all [access systems](https://docs.seam.co/low-level-apis/access-systems).
   *
   * To filter the list of returned access systems by a specific connected account ID, include the `connected_account_id` in the request body. If you omit the `connected_account_id` parameter, the response includes all access systems connected to your workspace.
   *
   * `POST /acs/systems/list`
   *
   * @param params - The arguments, flat (`AcsSystemsListParams`).
   * @param params.connected_account_id - ID of the connected account by which you want to filter the list of access systems.
   * @param params.customer_key - Customer key for which you want to list access systems.
   * @param params.search - String for which to search. Filters returned access systems to include all records that satisfy a partial match using `name` or `acs_system_id`.
   * @param options - For this call only: `timeout`, `signal`, `headers`, `retry`.
   * @returns The response's `acs_systems` (`AcsSystemsListResponse`).
   * @throws {ClientError} A 4xx response: the request was refused.
   * @throws {ServerError} A 5xx response, after the retries of an idempotent call.
   * @throws {TimeoutError} A try took longer than the timeout.
   * @see docs/acs/systems/list.md
   * @example
   * await seam.acs.systems.list();
   */
  list(params?: AcsSystemsListParams, options?: RequestOptions): Promise<AcsSystemsListResponse> {
    return this.#client.request<AcsSystemsListResponse>(
      {
        method: 'POST',
        path: '/acs/systems/list',
        params,
        bodyKind: 'json',
        responseKey: 'acs_systems',
        idempotent: true,
      },
      options,
    )
  }

  /**
   * List Compatible Credential Manager ACS Systems
   *
   * Returns a list of all credential manager systems that are compatible with a specified [access system](https://docs.seam.co/low-level-apis/access-systems).
   *
   * Specify the access system for which you want to retrieve all compatible credential manager systems by including the corresponding `acs_system_id` in the request body.
   *
   * `POST /acs/systems/list_compatible_credential_manager_acs_systems`
   *
   * @param params - The arguments, flat (`AcsSystemsListCompatibleCredentialManagerAcsSystemsParams`).
   * @param params.acs_system_id - ID of the access system for which you want to retrieve all compatible credential manager systems.
   * @param options - For this call only: `timeout`, `signal`, `headers`, `retry`.
   * @returns The response's `acs_systems` (`AcsSystemsListCompatibleCredentialManagerAcsSystemsResponse`).
   * @throws {ClientError} A 4xx response: the request was refused.
   * @throws {ServerError} A 5xx response, after the retries of an idempotent call.
   * @throws {TimeoutError} A try took longer than the timeout.
   * @see docs/acs/systems/list_compatible_credential_manager_acs_systems.md
   * @example
   * await seam.acs.systems.listCompatibleCredentialManagerAcsSystems({
   *   acs_system_id: "1c018e12-4d42-5507-a992-3326b06eb92f",
   * });
   */
  listCompatibleCredentialManagerAcsSystems(
    params: AcsSystemsListCompatibleCredentialManagerAcsSystemsParams,
    options?: RequestOptions,
  ): Promise<AcsSystemsListCompatibleCredentialManagerAcsSystemsResponse> {
    return this.#client.request<AcsSystemsListCompatibleCredentialManagerAcsSystemsResponse>(
      {
        method: 'POST',
        path: '/acs/systems/list_compatible_credential_manager_acs_systems',
        params,
        bodyKind: 'json',
        responseKey: 'acs_systems',
        idempotent: true,
      },
      options,
    )
  }

  /**
   * Report Devices
   *
   * Reports ACS system device status including encoders and entrances.
   *
   * `POST /acs/systems/report_devices`
   *
   * @param params - The arguments, flat (`AcsSystemsReportDevicesParams`).
   * @param params.acs_encoders - Array of ACS encoders to report
   * @param params.acs_entrances - Array of ACS entrances to report
   * @param params.acs_system_id - ID of the ACS system to report resources for
   * @param options - For this call only: `timeout`, `signal`, `headers`, `retry`.
   * @returns Nothing: the promise resolves once the call succeeds.
   * @throws {ClientError} A 4xx response: the request was refused.
   * @throws {ServerError} A 5xx response, after the retries of an idempotent call.
   * @throws {TimeoutError} A try took longer than the timeout.
   * @see docs/acs/systems/report_devices.md
   * @example
   * await seam.acs.systems.reportDevices({
   *   acs_system_id: "1c018e12-4d42-5507-a992-3326b06eb92f",
   *   acs_encoders: [{ hotek_metadata: { encoder_number: "Encoder number" } }],
   *   acs_entrances: [
   *     {
   *       hotek_metadata: {
   *         common_area_name: "My Common Area",
   *         common_area_number: "Common area number",
   *         room_number: "Room number",
   *       },
   *     },
   *   ],
   * });
   */
  reportDevices(
    params: AcsSystemsReportDevicesParams,
    options?: RequestOptions,
  ): Promise<AcsSystemsReportDevicesResponse> {
    return this.#client.request<AcsSystemsReportDevicesResponse>(
      {
        method: 'POST',
        path: '/acs/systems/report_devices',
        params,
        bodyKind: 'json',
        responseKey: null,
      },
      options,
    )
  }
}
