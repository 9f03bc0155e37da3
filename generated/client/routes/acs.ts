/* Generated from the Seam Connect OpenAPI spec (version 1.0.0): do not edit by hand. */

import type { HttpClient } from '../runtime.js'
import { SeamHttpAcsAccessGroups } from './acs/access-groups.js'
import { SeamHttpAcsCredentialPools } from './acs/credential-pools.js'
import { SeamHttpAcsCredentialProvisioningAutomations } from './acs/credential-provisioning-automations.js'
import { SeamHttpAcsCredentials } from './acs/credentials.js'
import { SeamHttpAcsEncoders } from './acs/encoders.js'
import { SeamHttpAcsEntrances } from './acs/entrances.js'
import { SeamHttpAcsSystems } from './acs/systems.js'
import { SeamHttpAcsUsers } from './acs/users.js'

/** Methods of `seam.acs`. */
export class SeamHttpAcs {
  /** Methods of `seam.acs.accessGroups`. */
  readonly accessGroups: SeamHttpAcsAccessGroups
  /** Methods of `seam.acs.credentialPools`. */
  readonly credentialPools: SeamHttpAcsCredentialPools
  /** Methods of `seam.acs.credentialProvisioningAutomations`. */
  readonly credentialProvisioningAutomations: SeamHttpAcsCredentialProvisioningAutomations
  /** Methods of `seam.acs.credentials`. */
  readonly credentials: SeamHttpAcsCredentials
  /** Methods of `seam.acs.encoders`. */
  readonly encoders: SeamHttpAcsEncoders
  /** Methods of `seam.acs.entrances`. */
  readonly entrances: SeamHttpAcsEntrances
  /** Methods of `seam.acs.systems`. */
  readonly systems: SeamHttpAcsSystems
  /** Methods of `seam.acs.users`. */
  readonly users: SeamHttpAcsUsers

  constructor(client: HttpClient) {
    this.accessGroups = new SeamHttpAcsAccessGroups(client)
    this.credentialPools = new SeamHttpAcsCredentialPools(client)
    this.credentialProvisioningAutomations = new SeamHttpAcsCredentialProvisioningAutomations(
      client,
    )
    this.credentials = new SeamHttpAcsCredentials(client)
    this.encoders = new SeamHttpAcsEncoders(client)
    this.entrances = new SeamHttpAcsEntrances(client)
    this.systems = new SeamHttpAcsSystems(client)
    this.users = new SeamHttpAcsUsers(client)
  }
}
