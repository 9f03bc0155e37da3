import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  TOOLCHAINS,
  commandPath,
  mapWithConcurrency,
  missingToolchainsMessage,
  requireToolchains,
  runProcess,
  type Toolchain,
} from '../support/toolchains.ts'

const ABSENT: Toolchain = { name: 'Absent Tool', commands: ['sample-parse-absent-tool'], debianPackages: ['absent-tool-pkg'] }

describe('a missing toolchain', () => {
  afterEach(() => {
    vi.unstubAllEnvs()
  })

  it('skips the test locally, naming the layer and how to install it', () => {
    vi.stubEnv('CI', '')
    const skip = vi.fn()
    requireToolchains({ skip }, 'native parse check of absent', [ABSENT])
    expect(skip).toHaveBeenCalledOnce()
    const [message] = skip.mock.calls[0] as [string]
    expect(message).toContain('native parse check of absent needs Absent Tool')
    expect(message).toContain('bash scripts/install-toolchains.sh')
    expect(message).toContain('absent-tool-pkg')
  })

  it('fails the test under CI=true', () => {
    vi.stubEnv('CI', 'true')
    const skip = vi.fn()
    expect(() => requireToolchains({ skip }, 'native parse check of absent', [ABSENT])).toThrow(/CI=true.*failure, not a skip/)
    expect(skip).not.toHaveBeenCalled()
  })

  it('is not reported when every toolchain is there', () => {
    expect(missingToolchainsMessage('anything', [TOOLCHAINS.node])).toBeUndefined()
    expect(commandPath('node')).toMatch(/\/node$/)
    expect(commandPath('sample-parse-absent-tool')).toBeUndefined()
  })
})

describe('runProcess', () => {
  it('feeds standard input and collects every output pipe', async () => {
    const script =
      'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{process.stdout.write(s.toUpperCase());require("fs").writeSync(3,"fd3");process.stderr.write("err");process.exit(4)})'
    const result = await runProcess('node', ['-e', script], { input: 'héllo', extraOutputPipes: 1 })
    expect(result).toMatchObject({ stdout: 'HÉLLO', stderr: 'err', extraOutputs: ['fd3'], exitCode: 4 })
  })
})

describe('mapWithConcurrency', () => {
  it('keeps input order and never runs more than the limit at once', async () => {
    let running = 0
    let peak = 0
    const results = await mapWithConcurrency([30, 10, 20, 5], 2, async (delay) => {
      running++
      peak = Math.max(peak, running)
      await new Promise((resolve) => setTimeout(resolve, delay))
      running--
      return delay * 2
    })
    expect(results).toEqual([60, 20, 40, 10])
    expect(peak).toBe(2)
  })
})
