/**
 * `check .` on this repository reports only what is really wrong: nothing.
 * Test inputs, benchmarks and the changelog hold wrong references on
 * purpose and are ignored by the project's configuration (package.json);
 * the README's and the sources' examples of wrong references are silenced
 * where they stand, with the directives the README documents.
 */
import { describe, expect, it } from 'vitest'
import { runCheck } from '../src/cli/run-check.js'
import { root } from './helpers/corpus.js'

describe('check . on this repository', () => {
  it('reports no finding and no warning', async () => {
    let out = ''
    let err = ''
    const code = await runCheck(
      { paths: ['.'], format: 'text', bare: false, gitignore: true, ignorePatterns: [] },
      { cwd: root, out: (text) => (out += text), err: (text) => (err += text) },
    )
    expect(out).toBe('')
    expect(err).toMatch(/^No problems: [1-9]\d* references checked in [1-9]\d* files\n$/)
    expect(code).toBe(0)
  })
})
