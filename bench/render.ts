/** Time to render the whole regulation in each format (median of many runs). */
import { regulation } from 'jilin-counter-espionage'
import { RENDER_FORMATS, render } from 'jilin-counter-espionage/render'
import { median, row } from './util.js'

export function benchRender(): void {
  console.log('\n## Rendering the whole regulation (median of 200 runs)')
  const variants = [
    ...RENDER_FORMATS.map((format) => [format, { format }] as const),
    ['html (standalone page)', { format: 'html', standalone: true }] as const,
    ['text (wrapped at 80 columns)', { format: 'text', width: 80 }] as const,
  ]
  for (const [label, options] of variants) {
    for (let i = 0; i < 20; i++) render(regulation, options as never)
    const times: number[] = []
    let size = 0
    for (let i = 0; i < 200; i++) {
      const start = performance.now()
      const result = render(regulation, options as never)
      times.push(performance.now() - start)
      if (result.ok) size = result.output.length
    }
    row(label, `${(median(times) * 1000).toFixed(0)} µs (${(size / 1024).toFixed(1)} k UTF-16 units)`)
  }
}
