/**
 * `jilin-counter-espionage/schema`: the model's zod schemas (`import * as z
 * from 'zod'` inside), to validate data that claims to be this regulation or
 * to derive schemas of your own, and `isEId`. The same model as JSON Schema
 * ships at `jilin-counter-espionage/regulation.schema.json`.
 *
 * @packageDocumentation
 */
export { isEId } from '../model/eid.js'
export {
  Article,
  Chapter,
  IsoDate,
  Item,
  Metadata,
  Paragraph,
  ProvisionText,
  Regulation,
  Sic,
} from '../model/schema.js'
export {
  Statute,
  StatuteAnnex,
  StatuteArticle,
  StatuteChapter,
  StatuteClause,
  StatuteDivision,
  StatuteItem,
  StatuteParagraph,
  StatutePart,
  StatuteSection,
  StatuteSubItem,
  StatuteSubpart,
} from '../model/statute-schema.js'
