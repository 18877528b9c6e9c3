/**
 * JSON: the model as data. The output for a node of each type validates
 * against the package's JSON Schema for that type
 * (`jilin-counter-espionage/schema/{type}.schema.json`).
 */
import { describeValue } from '../model/value.js'
import { failure, modelNode, type Renderable, type RenderResult, renderOptions } from './common.js'

export interface JsonOptions {
  /** Spaces of indentation (0 for one line). Default 2. */
  readonly indent?: number
}

export function renderJson(node: Renderable, given?: JsonOptions | null): RenderResult {
  const own = modelNode(node)
  if (typeof own === 'string') return failure(own)
  const options = renderOptions<JsonOptions>(given)
  if (typeof options === 'string') return failure(options)
  const indent = options.indent ?? 2
  if (!Number.isInteger(indent) || indent < 0 || indent > 10) {
    return failure(`Unexpected indent ${describeValue(options.indent)}, expected an integer from 0 to 10`)
  }
  return { ok: true, output: `${JSON.stringify(own, null, indent)}\n`, mediaType: 'application/json' }
}
