// Preloaded into a measured Node process (`node --import <this file> …`) by measure.mjs: when the
// process exits, writes what the operating system counted for it, peak resident memory
// included, to the file named by BENCH_MEASURE_FILE. A hook inside the process is the portable
// way to get these: Node's child_process reports no resource usage of a finished child.
import { writeFileSync } from 'node:fs'

const target = process.env.BENCH_MEASURE_FILE
if (target) {
  // Measured processes must not hand the variable to processes they start themselves.
  delete process.env.BENCH_MEASURE_FILE
  process.once('exit', () => {
    const usage = process.resourceUsage()
    const report = {
      // ru_maxrss, which Node gives in KiB on every platform.
      maxRssKiB: usage.maxRSS,
      userMs: usage.userCPUTime / 1000,
      systemMs: usage.systemCPUTime / 1000,
    }
    writeFileSync(target, JSON.stringify(report))
  })
}
