/* Generated from the Shapes OpenAPI spec (version 1): do not edit by hand. */

import type { HttpClient, RequestOptions } from '../runtime.js'
import type { Shape, operations } from '../types.js'

/** Arguments of `shapes.shapes.createShape()`. */
export type ShapesCreateShapeParams =
  operations['shapes.create_shape']['requestBody']['content']['application/json']
/** What `shapes.shapes.createShape()` returns. */
export type ShapesCreateShapeResponse = Shape

/** Methods of `shapes.shapes`. */
export class ShapesClientShapes {
  readonly #client: HttpClient

  constructor(client: HttpClient) {
    this.#client = client
  }

  /**
   * Create shape
   *
   * `POST /shapes`
   *
   * @param params - The arguments, flat (`ShapesCreateShapeParams`).
   * @param options - For this call only: `timeout`, `signal`, `headers`, `retry`.
   * @returns The response body (`ShapesCreateShapeResponse`).
   * @throws {ClientError} A 4xx response: the request was refused.
   * @throws {ServerError} A 5xx response, after the retries of an idempotent call.
   * @throws {TimeoutError} A try took longer than the timeout.
   * @see docs/shapes/create_shape.md
   * @example
   * await shapes.shapes.createShape({ kind: "round", radius: 1 });
   */
  createShape(
    params: ShapesCreateShapeParams,
    options?: RequestOptions,
  ): Promise<ShapesCreateShapeResponse> {
    return this.#client.request<ShapesCreateShapeResponse>(
      { method: 'POST', path: '/shapes', params, bodyKind: 'json' },
      options,
    )
  }
}
