/**
 * @seamapi/fake-seam-connect, served on 127.0.0.1 only.
 *
 * The fake's own `startServer` listens on every interface. So it is started on a Unix socket
 * (which no network reaches), and its request handler is served from our own server bound to
 * 127.0.0.1 on an ephemeral port.
 */
import { createFake, type Database, type Fake, type Seed } from '@seamapi/fake-seam-connect'
import { createServer, type RequestListener } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export interface FakeSeam {
  fake: Fake
  seed: Seed
  /** `http://127.0.0.1:<port>` */
  baseUrl: string
  /** The fake's database now (its data and its helpers such as `addAcsAccessGroup`). */
  state(): Database
  close(): Promise<void>
}

let instances = 0

export async function startFakeSeam(): Promise<FakeSeam> {
  const fake = await createFake()
  const seed = await fake.seed()
  const loopback = createServer()
  await new Promise<void>((resolve) => loopback.listen(0, '127.0.0.1', resolve))
  const baseUrl = `http://127.0.0.1:${(loopback.address() as AddressInfo).port}`
  const socket =
    process.platform === 'win32'
      ? `\\\\.\\pipe\\fake-seam-${process.pid}-${++instances}`
      : join(tmpdir(), `fake-seam-${process.pid}-${++instances}.sock`)
  // `port` is handed to `server.listen`, which takes a socket path as well as a number.
  const served = await fake.startServer({ port: socket as unknown as number, baseUrl })
  const handler = served.server.listeners('request')[0] as RequestListener
  loopback.on('request', handler)
  return {
    fake,
    seed,
    baseUrl,
    // `fake.database` is declared as the state but is the zustand store holding it.
    state: () => (fake.database as unknown as { getState(): Database }).getState(),
    close: async () => {
      loopback.closeAllConnections()
      await new Promise<void>((resolve) => loopback.close(() => resolve()))
      await new Promise<void>((resolve) => served.server.close(() => resolve()))
    },
  }
}
