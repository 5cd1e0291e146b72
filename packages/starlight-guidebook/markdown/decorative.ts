/**
 * The alt text that marks an image as decorative on purpose: `![decorative](border.svg)`. The
 * page then gets `alt=""` and the PDF draws it as an artifact, so screen readers skip it.
 * Markdown cannot tell an empty alt written on purpose from a forgotten one, so an empty `![](…)`
 * is an error instead (image-alt.ts).
 */
export const DECORATIVE = 'decorative';
