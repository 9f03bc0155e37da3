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
   * @deprecated Use `/user_identities/enrollment_automations/launch` instead.
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
