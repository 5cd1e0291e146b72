import { ELEMENT_NODE, type ElementNode, parse, TEXT_NODE, walkSync } from 'ultrahtml';

/** The attribute of the hidden block of search keys the engine adds to a page (see page-keys.ts). */
export const searchKeysAttribute = 'data-search-keys';

/**
 * The words of a text as search sees them: lowercased runs of letters and digits (a hyphen or an
 * apostrophe splits, as in Pagefind), numbers left out. The word table, the page keys and the
 * query rewriting all use this one tokenizer, so a form found on a page is looked up as typed.
 */
export function wordsOf(text: string, locale: string): string[] {
  return (text.toLocaleLowerCase(locale).match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => /\p{L}/u.test(w));
}

/**
 * Elements whose text Pagefind leaves out (its indexer's list: pagefind/src/fossick/parser.rs,
 * REMOVE_SELECTORS), so a worksheet's labels and a dialogue's no-script copy count as they do
 * for Pagefind.
 */
const unindexed = new Set([
  'head',
  'style',
  'script',
  'noscript',
  'label',
  'form',
  'svg',
  'footer',
  'nav',
  'iframe',
  'template',
]);

/** Elements Pagefind leaves out, and the engine's own hidden search blocks. */
function skipped(element: ElementNode): boolean {
  const a = element.attributes;
  return (
    unindexed.has(element.name) || 'data-pagefind-ignore' in a || searchKeysAttribute in a || 'data-compound-parts' in a
  );
}

/**
 * The elements after which Pagefind's indexer puts a space (its SENTENCE_SELECTORS and `br`);
 * any other element's text runs on into the next, as Pagefind reads it.
 */
const separating = new Set([
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'p',
  'td',
  'div',
  'ul',
  'li',
  'article',
  'section',
  'br',
]);

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', shy: '' };
const decode = (text: string) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, name: string) => {
    if (name[0] !== '#') return entities[name.toLowerCase()] ?? all;
    const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
    return String.fromCodePoint(code);
  });

export interface IndexedRegion {
  /** The text Pagefind indexes: inside `data-pagefind-body`, without ignored elements. */
  text: string;
  /** The page's language (the region's or the document's `lang`). */
  lang: string | undefined;
  /** Offset of the region's closing tag in the HTML: where a hidden block can go. */
  end: number;
}

/**
 * The part of a built page that Pagefind indexes: the element marked `data-pagefind-body`
 * (Starlight marks the page's `<main>`), less `data-pagefind-ignore` elements, scripts and the
 * engine's hidden blocks. Undefined for a page without one (Pagefind skips it too).
 */
export function indexedRegion(html: string): IndexedRegion | undefined {
  // Only the part from the body element on is parsed: the head and the navigation before it are
  // most of a page.
  const start = html.search(/<[a-z][\w-]*\s[^>]*\bdata-pagefind-body[\s=>]/i);
  if (start < 0) return undefined;
  const documentLang = /<html[^>]*\slang="([^"]*)"/i.exec(html.slice(0, start))?.[1];
  let body: ElementNode | undefined;
  walkSync(parse(html.slice(start)), (node) => {
    if (!body && node.type === ELEMENT_NODE && 'data-pagefind-body' in node.attributes) body = node as ElementNode;
  });
  if (!body) return undefined;
  const parts: string[] = [];
  const collect = (element: ElementNode) => {
    for (const child of element.children) {
      if (child.type === TEXT_NODE) parts.push(decode(child.value));
      else if (child.type === ELEMENT_NODE && !skipped(child as ElementNode)) {
        collect(child as ElementNode);
        if (separating.has((child as ElementNode).name)) parts.push(' ');
      }
    }
  };
  collect(body);
  const closing = body.loc[1];
  return {
    text: parts.join(''),
    lang: body.attributes.lang ?? documentLang,
    end: closing && closing.start > body.loc[0].end ? start + closing.start : html.length,
  };
}
