import { formatBytes } from '../i18n/bytes.ts';
import { translator } from '../translations/index.ts';
import type { PdfEntry } from './paths.ts';

// Pages render before the PDFs are laid out (they run side by side), so a link's size and page
// count are written into the built HTML afterwards. Only text inside an empty placeholder changes:
// no script or style, so the pages' CSP hashes stay valid.

/** The placeholder a component renders where a PDF's size and page count go. */
export function sizePlaceholder(path: string, lang: string): string {
  return `<span class="pdf-size" data-pdf-size="${escapeAttribute(path)}" data-lang="${escapeAttribute(lang)}"></span>`;
}

const placeholder = /<span class="pdf-size" data-pdf-size="([^"]*)" data-lang="([^"]*)"><\/span>/g;

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

function unescapeAttribute(value: string): string {
  return value
    .replace(/&lt;/g, '<')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

/** `3 sivua, 40 kt` in the page's language. */
export function sizeText(entry: Pick<PdfEntry, 'pages' | 'bytes'>, lang: string): string {
  return `${translator(lang).count('guidebook.link.pages', entry.pages)}, ${formatBytes(entry.bytes, lang)}`;
}

export function hasSizePlaceholder(html: string): boolean {
  return html.includes('data-pdf-size="');
}

/**
 * The page with every placeholder filled. A placeholder naming a file that was not made is an
 * error (a link to nothing), reported with the file's address.
 */
export function fillSizes(html: string, entries: ReadonlyMap<string, PdfEntry>): string {
  return html.replace(placeholder, (_, rawPath: string, rawLang: string) => {
    const file = unescapeAttribute(rawPath);
    const entry = entries.get(file);
    if (!entry) throw new Error(`no PDF ${file} was made, but a page links to it`);
    return `<span class="pdf-size">${sizeText(entry, unescapeAttribute(rawLang))}</span>`;
  });
}
