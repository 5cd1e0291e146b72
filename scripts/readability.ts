// Two plain-language figures for a page's text: the share of long words (13 letters or more) and
// the average sentence length in words. The Finnish plain-language (selkokieli) guidelines ask for
// short, common words and short sentences; these two numbers track both, before and after a
// rewrite, and tests/unit/readability.test.ts holds the participant's pages under a ceiling.
//   npm run readability                       every participant page, Finnish and English
//   npm run readability -- content/docs/x.mdx one file (the whole page)
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Heading, Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { toString as plainText } from 'mdast-util-to-string';
import { parseMdx } from 'starlight-guidebook/print';

export interface Readability {
  words: number;
  sentences: number;
  /** Words of 13 letters or more, as a share of all words (0–1). */
  longShare: number;
  /** Words per sentence. */
  sentenceLength: number;
}

/** The letters of a word: a hyphenated compound counts as one word, its hyphens not as letters. */
const lettersOf = (word: string) => word.replace(/[^\p{L}]/gu, '').length;

/**
 * The sentences of a text. A sentence ends at `.`, `!` or `?` followed by a space and a capital,
 * a digit or a quote, or at the end of its block (a list item, a table cell or a heading is a
 * sentence of its own even without a full stop).
 */
export function sentencesOf(block: string): string[] {
  return block
    .replace(/\s+/g, ' ')
    .split(/(?<=[.!?…])\s+(?=["“”«(]?[\p{Lu}\d])/u)
    .map((s) => s.trim())
    .filter((s) => /\p{L}/u.test(s));
}

export function wordsOf(text: string): string[] {
  return text.split(/\s+/).filter((w) => lettersOf(w) > 0);
}

export function measure(blocks: readonly string[]): Readability {
  const sentences = blocks.flatMap(sentencesOf);
  const words = sentences.flatMap(wordsOf);
  const long = words.filter((w) => lettersOf(w) >= 13).length;
  return {
    words: words.length,
    sentences: sentences.length,
    longShare: words.length ? long / words.length : 0,
    sentenceLength: sentences.length ? words.length / sentences.length : 0,
  };
}

type AnyNode = { type: string; children?: AnyNode[]; value?: string };

/**
 * The text blocks a reader reads: paragraphs, headings, list items and table cells, also inside
 * components (an aside, a tab); not code, imports, HTML or the small print of sources.
 */
export function textBlocks(nodes: readonly AnyNode[]): string[] {
  const out: string[] = [];
  for (const node of nodes) {
    switch (node.type) {
      case 'paragraph': {
        // A paragraph that is only `<small>…</small>` is the small print of sources.
        const only = node.children?.length === 1 ? (node.children[0] as { type: string; name?: string }) : undefined;
        if (only?.type === 'mdxJsxTextElement' && only.name === 'small') break;
        out.push(plainText(node as RootContent));
        break;
      }
      case 'heading':
      case 'tableCell':
        out.push(plainText(node as RootContent));
        break;
      case 'code':
      case 'mdxjsEsm':
      case 'html':
      case 'mdxFlowExpression':
        break;
      case 'mdxJsxFlowElement': {
        const element = node as unknown as MdxJsxFlowElement;
        if (element.name === 'small') break;
        out.push(...textBlocks(element.children as AnyNode[]));
        break;
      }
      default:
        if (node.children) out.push(...textBlocks(node.children));
    }
  }
  return out;
}

/**
 * A part of a page: the section under the heading with this text (up to the next heading of its
 * level or higher), or the component (an aside) with this title. Undefined when the page has neither.
 */
export function partOf(tree: Root, title: string): AnyNode[] | undefined {
  const start = tree.children.findIndex((n) => n.type === 'heading' && plainText(n).trim() === title);
  if (start >= 0) {
    const depth = (tree.children[start] as Heading).depth;
    const end = tree.children.findIndex((n, i) => i > start && n.type === 'heading' && n.depth <= depth);
    return tree.children.slice(start, end < 0 ? undefined : end) as AnyNode[];
  }
  const found: AnyNode[] = [];
  const visit = (nodes: readonly AnyNode[]) => {
    for (const node of nodes) {
      if (node.type === 'mdxJsxFlowElement') {
        const el = node as unknown as MdxJsxFlowElement;
        const own = el.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'title');
        if (own?.value === title) found.push(node);
      }
      if (node.children) visit(node.children);
    }
  };
  visit(tree.children as AnyNode[]);
  return found.length ? found : undefined;
}

/** A page file measured whole, or only its part with this title (a section heading or an aside title). */
export function measureFile(file: string, part?: string | undefined, root = process.cwd()): Readability {
  const source = readFileSync(path.join(root, file), 'utf8');
  const { tree } = parseMdx(source, file);
  const nodes = part === undefined ? (tree.children as AnyNode[]) : partOf(tree, part);
  if (!nodes) throw new Error(`${file}: no heading or aside titled "${part}"`);
  return measure(textBlocks(nodes));
}

/**
 * The participant's pages in plain language: the entry page, the pages it leads to and their
 * plain parts. `part` (`enPart` in English) names the section or aside written for the participant
 * on a page that also serves employers and coaches; without it the whole page is for the participant.
 */
export const PARTICIPANT_PAGES: readonly { file: string; part?: string; enPart?: string }[] = [
  { file: 'kokeilijalle.mdx' },
  { file: 'opas/poissaolo-ja-tapaturma.mdx', part: 'Kokeilijalle', enPart: 'For the participant' },
  { file: 'vieraskieliset/kokeilijalle.mdx' },
  ...[
    'opas/mita-kokeilu-on.mdx',
    'mentorointi/mika-mentorointi-on.mdx',
    'opas/valiarviointi.mdx',
    'opas/loppuarviointi.mdx',
    'opas/minne-kaantya.mdx',
    'vieraskieliset/harjoittelu.mdx',
  ].map((file) => ({ file, part: 'Kokeilijalle selkeästi', enPart: 'For the participant, in plain English' })),
  {
    file: 'tietosuoja.mdx',
    part: 'Selkeästi: vastauksesi ovat sinun',
    enPart: 'In plain English: your answers are yours',
  },
  { file: 'omat-lomakkeet.mdx' },
  { file: 'opas/kysymykset.mdx', part: 'Kokeilijalle', enPart: 'For participants' },
];

/** A participant page as a file and part to measure, in Finnish (the root) or English (en/). */
export function pageIn(
  page: (typeof PARTICIPANT_PAGES)[number],
  lang: 'fi' | 'en',
): { file: string; part?: string | undefined } {
  return lang === 'fi'
    ? { file: `content/docs/${page.file}`, part: page.part }
    : { file: `content/docs/en/${page.file}`, part: page.enPart };
}

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

if (import.meta.main) {
  const asked = process.argv.slice(2);
  const rows: { file: string; part?: string | undefined }[] = asked.length
    ? asked.map((file) => ({ file }))
    : PARTICIPANT_PAGES.flatMap((p) => [pageIn(p, 'fi'), pageIn(p, 'en')]);
  console.log('page | part | words | 13+ letters | words per sentence');
  for (const row of rows) {
    try {
      const r = measureFile(row.file, row.part);
      console.log(
        `${row.file} | ${row.part ?? '(whole)'} | ${r.words} | ${pct(r.longShare)} | ${r.sentenceLength.toFixed(1)}`,
      );
    } catch (error) {
      console.log(`${row.file} | ${row.part ?? '(whole)'} | ${(error as Error).message}`);
    }
  }
}
