/* Generated from the Pet Store OpenAPI spec (version 2.0.0): do not edit by hand. */

import type { HttpClient, RequestOptions } from '../runtime.js'
import type { Pet, operations } from '../types.js'

/** Arguments of `petStore.pets.createPet()`. */
export type PetsCreatePetParams =
  operations['pets.create_pet']['requestBody']['content']['application/json']
/** What `petStore.pets.createPet()` returns. */
export type PetsCreatePetResponse = Pet

/** Arguments of `petStore.pets.deletePet()`. */
export type PetsDeletePetParams = operations['pets.delete_pet']['parameters']['path']
/** What `petStore.pets.deletePet()` returns. */
export type PetsDeletePetResponse = void

/** Arguments of `petStore.pets.getPet()`. */
export type PetsGetPetParams = operations['pets.get_pet']['parameters']['path']
/** What `petStore.pets.getPet()` returns. */
export type PetsGetPetResponse = Pet

/** Arguments of `petStore.pets.listPets()`. */
export type PetsListPetsParams = NonNullable<operations['pets.list_pets']['parameters']['query']>
/** What `petStore.pets.listPets()` returns. */
export type PetsListPetsResponse =
  operations['pets.list_pets']['responses']['200']['content']['application/json']

/** Methods of `petStore.pets`. */
export class PetStoreClientPets {
  readonly #client: HttpClient

  constructor(client: HttpClient) {
    this.#client = client
  }

  /**
   * Create a pet
   *
   * `POST /pets`
   */
  createPet(params: PetsCreatePetParams, options?: RequestOptions): Promise<PetsCreatePetResponse> {
    return this.#client.request<PetsCreatePetResponse>(
      { method: 'POST', path: '/pets', params, bodyKind: 'json' },
      options,
    )
  }

  /**
   * Delete pet
   *
   * `DELETE /pets/{petId}`
   *
   * @deprecated
   */
  deletePet(params: PetsDeletePetParams, options?: RequestOptions): Promise<PetsDeletePetResponse> {
    return this.#client.request<PetsDeletePetResponse>(
      {
        method: 'DELETE',
        path: '/pets/{petId}',
        params,
        parameters: { petId: 'path' },
        responseKey: null,
      },
      options,
    )
  }

  /**
   * Get pet
   *
   * `GET /pets/{petId}`
   */
  getPet(params: PetsGetPetParams, options?: RequestOptions): Promise<PetsGetPetResponse> {
    return this.#client.request<PetsGetPetResponse>(
      { method: 'GET', path: '/pets/{petId}', params, parameters: { petId: 'path' } },
      options,
    )
  }

  /**
   * List pets
   *
   * `GET /pets`
   */
  listPets(params?: PetsListPetsParams, options?: RequestOptions): Promise<PetsListPetsResponse> {
    return this.#client.request<PetsListPetsResponse>(
      {
        method: 'GET',
        path: '/pets',
        params,
        parameters: { limit: 'query', species: { in: 'query', explode: true } },
      },
      options,
    )
  }
}
