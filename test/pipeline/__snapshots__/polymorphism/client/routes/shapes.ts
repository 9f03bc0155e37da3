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
