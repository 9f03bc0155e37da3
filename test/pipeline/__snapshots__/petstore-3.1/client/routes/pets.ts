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
   *
   * @param params - The arguments, flat (`PetsCreatePetParams`).
   * @param options - For this call only: `timeout`, `signal`, `headers`, `retry`.
   * @returns The response body (`PetsCreatePetResponse`).
   * @throws {ClientError} A 4xx response: the request was refused.
   * @throws {ServerError} A 5xx response, after the retries of an idempotent call.
   * @throws {TimeoutError} A try took longer than the timeout.
   * @see docs/pets/create_pet.md
   * @example
   * await petStore.pets.createPet({ kind: "dog", name: "Rex", tag: "Tag" });
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
   * @param params - The arguments, flat (`PetsDeletePetParams`).
   * @param options - For this call only: `timeout`, `signal`, `headers`, `retry`.
   * @returns Nothing: the promise resolves once the call succeeds.
   * @throws {ClientError} A 4xx response: the request was refused.
   * @throws {ServerError} A 5xx response, after the retries of an idempotent call.
   * @throws {TimeoutError} A try took longer than the timeout.
   * @deprecated
   * @see docs/pets/delete_pet.md
   * @example
   * await petStore.pets.deletePet({
   *   petId: "eb03e69b-227e-5676-8769-eb67966bfbb8",
   * });
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
   *
   * @param params - The arguments, flat (`PetsGetPetParams`).
   * @param options - For this call only: `timeout`, `signal`, `headers`, `retry`.
   * @returns The response body (`PetsGetPetResponse`): The pet
   * @throws {ClientError} A 4xx response: the request was refused.
   * @throws {ServerError} A 5xx response, after the retries of an idempotent call.
   * @throws {TimeoutError} A try took longer than the timeout.
   * @see docs/pets/get_pet.md
   * @example
   * await petStore.pets.getPet({ petId: "eb03e69b-227e-5676-8769-eb67966bfbb8" });
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
   *
   * @param params - The arguments, flat (`PetsListPetsParams`).
   * @param options - For this call only: `timeout`, `signal`, `headers`, `retry`.
   * @returns The response body (`PetsListPetsResponse`): A page of pets
   * @throws {ClientError} A 4xx response: the request was refused.
   * @throws {ServerError} A 5xx response, after the retries of an idempotent call.
   * @throws {TimeoutError} A try took longer than the timeout.
   * @see docs/pets/list_pets.md
   * @example
   * await petStore.pets.listPets();
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
