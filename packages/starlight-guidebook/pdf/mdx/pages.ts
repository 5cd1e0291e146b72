import { readFile } from 'node:fs/promises';
import { isListed, materialFiles, sidebarEntry } from './material-files.ts';
import { comparePages } from './page-order.ts';
import { type ParsedPage, parseMdx } from './parse.ts';

export { comparePages };

export interface BookPage extends ParsedPage {
  /** Path relative to the project root, for messages. */
  relPath: string;
  /** Slug as Starlight makes it, e.g. `garden/soil` (without the locale prefix). */
  slug: string;
  title: string;
  order: number | undefined;
}

/**
 * The pages of a material in one locale, in sidebar order: `sidebar.order` first (pages without an
 * order after those with one), then slug, as Starlight's sidebar. Drafts and hidden pages are left out.
 */
export async function materialPages(
  root: string,
  slug: string,
  locale: string,
  rootLocale: string,
): Promise<BookPage[]> {
  const pages: BookPage[] = [];
  for (const file of await materialFiles(root, slug, locale, rootLocale)) {
    const parsed = parseMdx(await readFile(file.full, 'utf8'), file.relPath);
    if (!isListed(parsed.frontmatter)) continue;
    pages.push({ ...parsed, relPath: file.relPath, slug: file.slug, ...sidebarEntry(parsed.frontmatter, file) });
  }
  return pages.sort(comparePages);
}
