/**
 * A limit on the garbage the long loops of the pipeline leave before it is collected.
 *
 * V8 lets the old generation grow to several times (up to four) what was alive after its last
 * full collection before it collects again: good for throughput, but where every unit of work
 * leaves garbage that lives long enough to be promoted (prettier's syntax tree and document of
 * each route file), the heap fills with it. At 5,000 operations the format stage raised the
 * peak by 447 MiB (the heap went from 175 MB alive to 726 MB before one collection took it back
 * to 155 MB), at 20,000 by 981 MiB.
 *
 * A loop calls the budget after each unit; when the heap has grown by half of what was alive
 * after the last collection, plus 64 MiB, the budget asks for a full collection. What a
 * collection costs grows with what is alive, and one comes only after half as much has been
 * allocated, so the cost stays proportional to the work: the format stage at 5,000 operations
 * took the same CPU time with it (12.6 and 12.8 s) and raised the peak by 140 MiB.
 *
 * The collection itself is the caller's (RunHooks.collectGarbage): the CLI passes one, as its
 * process is its own; without one the budget does nothing.
 */
import { getHeapStatistics, setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'

/** The heap may grow by this share of what was alive after the last collection… */
const GROWTH_SHARE = 0.5
/** …plus this many bytes, so that a small heap is not collected over and over. */
const GROWTH_BYTES = 64 * 1024 * 1024

/** A function to call after each unit of work of a long loop. */
export type GarbageBudget = () => void

export function garbageBudget(collect: (() => void) | undefined): GarbageBudget {
  if (collect === undefined) return () => {}
  let alive = heapUsed()
  return () => {
    if (heapUsed() <= alive * (1 + GROWTH_SHARE) + GROWTH_BYTES) return
    collect()
    alive = heapUsed()
  }
}

const heapUsed = (): number => getHeapStatistics().used_heap_size

/**
 * A full garbage collection of this process, for a process that is the generator's own (the
 * CLI's, a measuring child's): it exposes `gc`, which V8 then gives new contexts only.
 */
export function collectGarbage(): void {
  if (fullCollection === undefined) {
    setFlagsFromString('--expose-gc')
    fullCollection = runInNewContext('gc') as () => void
  }
  fullCollection()
}

let fullCollection: (() => void) | undefined
