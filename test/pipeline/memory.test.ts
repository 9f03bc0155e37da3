/**
 * The garbage budget of the pipeline's long loops (generator/memory.ts): a collection is asked
 * for only once the heap has grown by half of what was alive after the last one, plus 64 MiB.
 */
import { describe, expect, it } from 'vitest'
import { garbageBudget } from '../../generator/memory.ts'

describe('garbageBudget', () => {
  it('asks for no collection while the heap has not grown', () => {
    let collections = 0
    const budget = garbageBudget(() => void collections++)
    for (let i = 0; i < 100; i++) budget()
    expect(collections).toBe(0)
  })

  it('asks for one once the heap has grown past the budget, then measures from there', () => {
    let collections = 0
    // This "collection" frees nothing: what the budget then measures from is the grown heap.
    const budget = garbageBudget(() => void collections++)
    const { heapUsed } = process.memoryUsage()
    // Kept alive: more than half the heap plus 64 MiB, in objects of about 40 bytes.
    const kept: { index: number }[] = []
    while (process.memoryUsage().heapUsed < heapUsed * 1.6 + 80 * 2 ** 20) for (let i = 0; i < 100_000; i++) kept.push({ index: i })
    budget()
    expect(collections).toBe(1)
    budget()
    expect(collections).toBe(1)
    expect(kept.length).toBeGreaterThan(0)
  })

  it('does nothing without a collector (a library caller\'s process)', () => {
    expect(() => garbageBudget(undefined)()).not.toThrow()
  })
})
