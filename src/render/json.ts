/**
 * JSON: the model as data. The output for a node of each type validates
 * against the package's JSON Schema for that type
 * (`jilin-counter-espionage/schema/{type}.schema.json`).
 */
import { failure, modelNode, type Renderable, type RenderResult } from './common.js'

export interface JsonOptions {
  /** Spaces of indentation (0 for one line). Default 2. */
  readonly indent?: number
}

export function renderJson(node: Renderable, options: JsonOptions = {}): RenderResult {
  const own = modelNode(node)
  if (typeof own === 'string') return failure(own)
  const indent = options.indent ?? 2
  if (!Number.isInteger(indent) || indent < 0 || indent > 10) {
    return failure(`Unexpected indent \`${String(options.indent)}\`, expected an integer from 0 to 10`)
  }
  return { ok: true, output: `${JSON.stringify(own, null, indent)}\n`, mediaType: 'application/json' }
}
