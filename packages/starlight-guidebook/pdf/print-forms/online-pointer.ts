import type { PrintBlock, PrintContext } from '../print-form.ts';
import { paragraph, text } from './helpers.ts';

/** A sentence around a link: text before, the link's text, text after. */
export type PointerText = readonly [before: string, link: string, after: string];

/**
 * What a browser-only component becomes on paper: one sentence pointing to its page, with the
 * link's text in the sentence (the PDF renderer prints the address after it).
 */
export function onlinePointer(
  context: PrintContext,
  sentence: Readonly<Record<string, PointerText>> & { en: PointerText },
): PrintBlock[] {
  // The page's locale, its base language, else English.
  const [before, link, after] = sentence[context.locale] ?? sentence[context.locale.split('-')[0] ?? ''] ?? sentence.en;
  return [paragraph(text(before), { type: 'link', url: context.pageUrl, children: [text(link)] }, text(after))];
}
