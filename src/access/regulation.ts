import { data } from '../generated/regulation.js'
import { deepFreeze } from '../model/freeze.js'
import type { Regulation } from '../model/schema.js'

/**
 * The whole regulation: `regulation.chapters[].articles[].paragraphs[].items[]`.
 *
 * Deeply frozen: every object and array in it is `Object.isFrozen`, so no
 * consumer can change the text another consumer reads.
 */
export const regulation: Regulation = /* @__PURE__ */ deepFreeze(data)
