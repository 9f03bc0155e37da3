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
   */
  getNode(params: NodesGetNodeParams, options?: RequestOptions): Promise<NodesGetNodeResponse> {
    return this.#client.request<NodesGetNodeResponse>(
      { method: 'GET', path: '/nodes/{id}', params, parameters: { id: 'path' } },
      options,
    )
  }
}
