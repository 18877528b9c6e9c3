/**
 * `jilin-counter-espionage/render/json`: the json renderer alone.
 *
 * @packageDocumentation
 */
export type { Renderable, RenderResult } from '../render/common.js'
export { type JsonOptions, renderJson } from '../render/json.js'
