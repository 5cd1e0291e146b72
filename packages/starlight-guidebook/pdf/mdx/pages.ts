import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { comparePages } from './page-order.ts';
import { type Frontmatter, type ParsedPage, parseMdx } from './parse.ts';

export { comparePages };

export interface BookPage extends ParsedPage {
  /** Path relative to the project root, for messages. */
  relPath: string;
  /** Slug as Starlight makes it, e.g. `garden/soil` (without the locale prefix). */
  slug: string;
  title: string;
  order: number | undefined;
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const out: string[] = [];
  for (const e of entries) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...(await listFiles(full)));
    else if (/\.mdx?$/.test(e.name)) out.push(full);
  }
  return out;
}

/**
 * The pages of a material in one locale, in sidebar order: `sidebar.order` first (pages without an
 * order after those with one), then title. Drafts and hidden pages are left out.
 */
export async function materialPages(
  root: string,
  slug: string,
  locale: string,
  rootLocale: string,
): Promise<BookPage[]> {
  const docs = path.join(root, 'content', 'docs');
  const dir = locale === rootLocale ? path.join(docs, slug) : path.join(docs, locale, slug);
  const pages: BookPage[] = [];
  for (const file of await listFiles(dir)) {
    const relPath = path.relative(root, file).split(path.sep).join('/');
    const parsed = parseMdx(await readFile(file, 'utf8'), relPath);
    const fm: Frontmatter = parsed.frontmatter;
    if (fm.draft || fm.sidebar?.hidden) continue;
    const inner = path
      .relative(dir, file)
      .split(path.sep)
      .join('/')
      .replace(/\.mdx?$/, '')
      .replace(/(^|\/)index$/, '');
    pages.push({
      ...parsed,
      relPath,
      slug: [slug, inner].filter(Boolean).join('/'),
      title: String(fm.title ?? inner),
      order: typeof fm.sidebar?.order === 'number' ? fm.sidebar.order : undefined,
    });
  }
  return pages.sort(comparePages);
}
