/**
 * JSON: the model as data. The output for a node of each type validates
 * against the package's JSON Schema for that type
 * (`jilin-counter-espionage/schema/{type}.schema.json`).
 */
import { describeValue } from '../model/value.js'
import { badOption, checkTree, isFailure, type Renderable, type RenderResult, renderOptions } from './common.js'

/** Options of the JSON renderer. */
export interface JsonOptions {
  /** Spaces of indentation (0 for one line). Default 2. */
  readonly indent?: number
}

/**
 * The regulation or any provision of it (of any tree of the model's shape)
 * as JSON, valid against the package's JSON Schema of its type.
 */
export function renderJson(node: Renderable, given?: JsonOptions | null): RenderResult {
  const wrong = checkTree(node)
  if (wrong) return wrong
  const own = node
  const options = renderOptions<JsonOptions>(given)
  if (isFailure(options)) return options
  const indent = options.indent ?? 2
  if (!Number.isInteger(indent) || indent < 0 || indent > 10) {
    return badOption(`Unexpected indent ${describeValue(options.indent)}, expected an integer from 0 to 10`)
  }
  return { ok: true, output: `${JSON.stringify(own, null, indent)}\n`, mediaType: 'application/json' }
}
