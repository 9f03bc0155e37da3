/* Generated from the Uploads OpenAPI spec (version 1): do not edit by hand. */

import type { HttpClient, RequestOptions } from '../runtime.js'
import type { operations } from '../types.js'

/** Arguments of `uploads.files.uploadFile()`. */
export type FilesUploadFileParams = operations['files.upload_file']['parameters']['path'] &
  NonNullable<operations['files.upload_file']['parameters']['header']> &
  NonNullable<operations['files.upload_file']['parameters']['cookie']> &
  NonNullable<operations['files.upload_file']['requestBody']>['content']['multipart/form-data']
/** What `uploads.files.uploadFile()` returns. */
export type FilesUploadFileResponse = void

/** Methods of `uploads.files`. */
export class UploadsClientFiles {
  readonly #client: HttpClient

  constructor(client: HttpClient) {
    this.#client = client
  }

  /**
   * Upload file
   *
   * `POST /files/{folder}`
   */
  uploadFile(
    params: FilesUploadFileParams,
    options?: RequestOptions,
  ): Promise<FilesUploadFileResponse> {
    return this.#client.request<FilesUploadFileResponse>(
      {
        method: 'POST',
        path: '/files/{folder}',
        params,
        parameters: { folder: 'path', 'X-Trace-Id': 'header', session: 'cookie' },
        bodyKind: 'multipart',
        responseKey: null,
      },
      options,
    )
  }
}
