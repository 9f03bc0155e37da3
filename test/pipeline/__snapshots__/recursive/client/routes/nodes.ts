/* Generated from the Trees OpenAPI spec (version 1): do not edit by hand. */

import type { HttpClient, RequestOptions } from '../runtime.js'
import type { Node, operations } from '../types.js'

/** Arguments of `trees.nodes.getNode()`. */
export type NodesGetNodeParams = operations['nodes.get_node']['parameters']['path']
/** What `trees.nodes.getNode()` returns. */
export type NodesGetNodeResponse = Node

/** Methods of `trees.nodes`. */
export class TreesClientNodes {
  readonly #client: HttpClient

  constructor(client: HttpClient) {
    this.#client = client
  }

  /**
   * Get node
   *
   * `GET /nodes/{id}`
   *
   * @param params - The arguments, flat (`NodesGetNodeParams`).
   * @param options - For this call only: `timeout`, `signal`, `headers`, `retry`.
   * @returns The response body (`NodesGetNodeResponse`).
   * @throws {ClientError} A 4xx response: the request was refused.
   * @throws {ServerError} A 5xx response, after the retries of an idempotent call.
   * @throws {TimeoutError} A try took longer than the timeout.
   * @see docs/nodes/get_node.md
   * @example
   * await trees.nodes.getNode({ id: "daaca365-0d1b-50d4-b10a-5e44b756e911" });
   */
  getNode(params: NodesGetNodeParams, options?: RequestOptions): Promise<NodesGetNodeResponse> {
    return this.#client.request<NodesGetNodeResponse>(
      { method: 'GET', path: '/nodes/{id}', params, parameters: { id: 'path' } },
      options,
    )
  }
}
