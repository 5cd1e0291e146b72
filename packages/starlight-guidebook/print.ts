/**
 * The print-form contract: how a component a page uses appears in the PDFs. A component file
 * `Name.astro` has a sibling `Name.print.ts` whose default export is a `PrintForm` (see docs/PDF.md).
 */

export { materialOfPage } from './config/page-material.ts';
// For print forms that print Markdown of their own as a boxed note (e.g. a site's partial text).
export { parseMdx } from './pdf/mdx/parse.ts';
export type { PrintBlock, PrintContext, PrintForm, PrintProps } from './pdf/print-form.ts';
export { onlinePointer, type PointerText } from './pdf/print-forms/online-pointer.ts';
export { asideBlock } from './pdf/print-forms/starlight.ts';
// The strings a print form's context carries (`context.t`), for a guide's own tests of its forms.
export { guideTranslator, type PrintTranslate } from './translations/site.ts';
