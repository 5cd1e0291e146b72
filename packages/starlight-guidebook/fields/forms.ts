import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import checklist from './checklist/Form.astro';
import choice from './choice/Form.astro';
import date from './date/Form.astro';
import info from './info/Form.astro';
import matrix from './matrix/Form.astro';
import multi from './multi/Form.astro';
import scale from './scale/Form.astro';
import type { FieldType } from './schemas.ts';
import table from './table/Form.astro';
import text from './text/Form.astro';
import textarea from './textarea/Form.astro';

/**
 * Each field type's form aspect (fields/<type>/Form.astro): its HTML, rendered at build time by
 * components/worksheet/Field.astro. Every form takes `{ field, lang, prefix }` (shared/form.ts).
 */
export const fieldForms: Record<FieldType, AstroComponentFactory> = {
  text,
  textarea,
  date,
  scale,
  choice,
  multi,
  checklist,
  matrix,
  table,
  info,
};
