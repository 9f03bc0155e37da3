/* Generated from the Seam Connect OpenAPI spec (version 1.0.0): do not edit by hand. */

import type { HttpClient, RequestOptions } from '../../runtime.js'
import type { AcsCredentialProvisioningAutomation, operations } from '../../types.js'

/** Arguments of `seam.acs.credentialProvisioningAutomations.launch()`. */
export type AcsCredentialProvisioningAutomationsLaunchParams = NonNullable<
  operations['acs.credential_provisioning_automations.launch']['requestBody']
>['content']['application/json']
/** What `seam.acs.credentialProvisioningAutomations.launch()` returns. */
export type AcsCredentialProvisioningAutomationsLaunchResponse = AcsCredentialProvisioningAutomation

/** Methods of `seam.acs.credentialProvisioningAutomations`. */
export class SeamHttpAcsCredentialProvisioningAutomations {
  readonly #client: HttpClient

  constructor(client: HttpClient) {
    this.#client = client
  }

  /**
   * Launch a Credential Provisioning Automation
   *
   * Launches a credential provisioning automation.
   *
   * Undocumented: Replaced by enrollment automations.
   *
   * `POST /acs/credential_provisioning_automations/launch`
   *
   * @param params - The arguments, flat (`AcsCredentialProvisioningAutomationsLaunchParams`).
   * @param params.acs_credential_pool_id - ID of the credential pool for which you want to launch a credential provisioning automation.
   * @param params.create_credential_manager_user - Indicates whether to create an associated credential manager user. If you set `create_credential_manager_user` to `true`, you cannot specify a `credential_manager_acs_user_id`.
   * @param params.credential_manager_acs_system_id - Access system ID of the credential manager for which you want to launch a credential provisioning automation.
   * @param params.credential_manager_acs_user_id - ID of the associated access system user within the credential manager. If you specify a `credential_manager_acs_user_id`, you cannot set `create_credential_manager_user` to `true`.
   * @param params.user_identity_id - ID of the user identity for which you want to launch a credential provisioning automation.
   * @param options - For this call only: `timeout`, `signal`, `headers`, `retry`.
   * @returns The response's `acs_credential_provisioning_automation` (`AcsCredentialProvisioningAutomationsLaunchResponse`).
   * @throws {ClientError} A 4xx response: the request was refused.
   * @throws {ServerError} A 5xx response, after the retries of an idempotent call.
   * @throws {TimeoutError} A try took longer than the timeout.
   * @deprecated Use `/user_identities/enrollment_automations/launch` instead.
   * @example
   * await seam.acs.credentialProvisioningAutomations.launch({
   *   credential_manager_acs_system_id: "04c1896f-3809-56a1-9250-62742a42ceee",
   *   user_identity_id: "15c9438e-fed3-5f72-8faa-9bc12929f98c",
   *   acs_credential_pool_id: "b033a982-5c24-57a2-ae06-bb36b82e3dbb",
   *   credential_manager_acs_user_id: "ca820cf7-6a4d-52e2-b6a5-86f705b6ffcd",
   * });
   */
  launch(
    params: AcsCredentialProvisioningAutomationsLaunchParams,
    options?: RequestOptions,
  ): Promise<AcsCredentialProvisioningAutomationsLaunchResponse> {
    return this.#client.request<AcsCredentialProvisioningAutomationsLaunchResponse>(
      {
        method: 'POST',
        path: '/acs/credential_provisioning_automations/launch',
        params,
        bodyKind: 'json',
        responseKey: 'acs_credential_provisioning_automation',
      },
      options,
    )
  }
}
