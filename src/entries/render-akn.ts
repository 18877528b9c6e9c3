/**
 * `jilin-counter-espionage/render/akn`: the Akoma Ntoso renderer alone.
 *
 * @packageDocumentation
 */
export { AKN_NAMESPACE } from '../model/constants.js'
export { type AknOptions, renderAkn, toXast } from '../render/akn.js'
export type { Renderable, RenderResult } from '../render/common.js'
