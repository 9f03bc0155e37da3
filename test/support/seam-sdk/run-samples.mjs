/**
 * Runs Seam JavaScript request samples with the pinned `seam` (see javascript.ts).
 *
 * Standard input: {"apiKey": ..., "timeoutMs": ..., "samples": [{"id", "code", "endpoint"}]}.
 * Each sample runs in an async function, with `seam` a client of the real SDK pointed at the
 * sample's own endpoint and a console that prints nothing; all samples run at once. File
 * descriptor 3 gets one JSON array, in input order, of {"id"} or {"id", "error"}: a sample
 * fails when its call rejects or does not settle in time. Standard output and error are left
 * to whatever the SDK prints.
 */
import { writeSync } from 'node:fs'
import { Seam } from 'seam'

const AsyncFunction = (async () => {}).constructor
const silentConsole = new Proxy({}, { get: () => () => undefined })

let text = ''
for await (const chunk of process.stdin) text += chunk
const { apiKey, timeoutMs, samples } = JSON.parse(text)

const reports = await Promise.all(
  samples.map(async ({ id, code, endpoint }) => {
    let timer
    try {
      const seam = new Seam({ apiKey, endpoint })
      const sample = new AsyncFunction('seam', 'console', code)
      const timeout = new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`did not settle within ${timeoutMs} ms`)), timeoutMs)
      })
      await Promise.race([sample(seam, silentConsole), timeout])
      return { id }
    } catch (error) {
      return { id, error: describeError(error) }
    } finally {
      clearTimeout(timer)
    }
  }),
)
writeSync(3, JSON.stringify(reports))

function describeError(error) {
  if (error instanceof Error) {
    const status = error.response?.status ?? error.statusCode
    return `${error.name}: ${error.message}${status === undefined ? '' : ` (HTTP ${status})`}`
  }
  return String(error)
}
