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
   */
  get(params: AcsSystemsGetParams, options?: RequestOptions): Promise<AcsSystemsGetResponse> {
    return this.#client.request<AcsSystemsGetResponse>(
      {
        method: 'POST',
        path: '/acs/systems/get',
        params,
        bodyKind: 'json',
        responseKey: 'acs_system',
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
   */
  list(params?: AcsSystemsListParams, options?: RequestOptions): Promise<AcsSystemsListResponse> {
    return this.#client.request<AcsSystemsListResponse>(
      {
        method: 'POST',
        path: '/acs/systems/list',
        params,
        bodyKind: 'json',
        responseKey: 'acs_systems',
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
