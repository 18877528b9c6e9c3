/**
 * The model's zod schemas (`import * as z from 'zod'` inside): validate data
 * that claims to be this regulation, or derive your own schemas from them.
 * The same model as JSON Schema ships at
 * `jilin-counter-espionage/regulation.schema.json`.
 */
export { isEId } from './model/eid.js'
export { Article, Chapter, IsoDate, Item, Metadata, Paragraph, ProvisionText, Regulation, Sic } from './model/schema.js'
