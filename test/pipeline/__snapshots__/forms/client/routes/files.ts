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
   *
   * @param params - The arguments, flat (`FilesUploadFileParams`).
   * @param options - For this call only: `timeout`, `signal`, `headers`, `retry`.
   * @returns Nothing: the promise resolves once the call succeeds.
   * @throws {ClientError} A 4xx response: the request was refused.
   * @throws {ServerError} A 5xx response, after the retries of an idempotent call.
   * @throws {TimeoutError} A try took longer than the timeout.
   * @see docs/files/upload_file.md
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
