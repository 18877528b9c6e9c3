/**
 * The paired rounds of `bench/trigger-paths.ts`, in plain JavaScript: the
 * same code runs in Node and in a browser page. `load(way)` imports one
 * copy of the built package's `extractCitations`; its first call runs with
 * the global `hidden[way]` (if any) set to `undefined`, so that the copy
 * keeps the way of finding triggers it found then. `cpu()` is the CPU time
 * so far in milliseconds, or `undefined` where there is none.
 */
export async function pairedRounds(ways, hidden, rounds, text, load, cpu) {
  const apis = {}
  for (const way of ways) {
    apis[way] = await load(way)
    const name = hidden[way]
    const saved = name === undefined ? undefined : globalThis[name]
    if (name !== undefined) globalThis[name] = undefined
    try {
      apis[way]('依照本规定第五条'.repeat(1000))
    } finally {
      if (name !== undefined) globalThis[name] = saved
    }
  }
  const times = Object.fromEntries(ways.map((way) => [way, { wall: [], cpu: [], count: 0 }]))
  for (let round = 0; round < rounds + 2; round++) {
    // Each way first, last and between in turn, forwards and backwards.
    const order = ways.map((_, index) => ways[(index + round) % ways.length])
    for (const way of round % 2 === 0 ? order : order.reverse()) {
      const cpuStart = cpu()
      const start = performance.now()
      const count = apis[way](text).length
      const wall = performance.now() - start
      const cpuEnd = cpu()
      // The first two rounds warm every copy up and are not counted.
      if (round < 2) continue
      times[way].wall.push(wall)
      if (cpuStart !== undefined) times[way].cpu.push(cpuEnd - cpuStart)
      times[way].count = count
    }
  }
  return times
}
