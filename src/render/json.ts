/**
 * JSON: the model as data. The output for a node of each type validates
 * against the package's JSON Schema for that type
 * (`jilin-counter-espionage/schema/{type}.schema.json`).
 */
import { unreadable } from '../model/guard.js'
import { describeValue } from '../model/value.js'
import { badOption, begin, isFailure, type Renderable, type RenderResult, rendered } from './common.js'

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
  try {
    const options = begin<JsonOptions>(node, given)
    if (isFailure(options)) return options
    const own = node
    const indent = options.indent ?? 2
    if (!Number.isInteger(indent) || indent < 0 || indent > 10) {
      return badOption(`Unexpected indent ${describeValue(options.indent)}, expected an integer from 0 to 10`)
    }
    return rendered(`${JSON.stringify(own, null, indent)}\n`, 'application/json')
  } catch (error) {
    return unreadable(error, { node, options: given })
  }
}
