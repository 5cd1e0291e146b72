import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Frontmatter } from './parse.ts';

/**
 * A material's pages as the PDF step finds them: the same files Starlight's docs collection
 * loads (content/docs/[<locale>/]<material>/**.md(x)), with the slugs Starlight gives them. The
 * PDF step runs in a worker beside Astro's render, where the collection is not at hand, so it
 * lists the folder itself; this is the one place that does (plan, trees, books).
 */
export interface MaterialFile {
  /** Absolute path. */
  full: string;
  /** Path relative to the project root, for messages and cache keys. */
  relPath: string;
  /** Slug within the material (`soil/compost`, `` for its index). */
  inner: string;
  /** Slug as Starlight makes it, without the locale: `garden/soil/compost`. */
  slug: string;
}

async function mdxUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const out: string[] = [];
  for (const e of entries) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...(await mdxUnder(full)));
    else if (/\.mdx?$/.test(e.name)) out.push(full);
  }
  return out;
}

export async function materialFiles(
  root: string,
  material: string,
  locale: string,
  rootLocale: string,
): Promise<MaterialFile[]> {
  const docs = path.join(root, 'content', 'docs');
  const dir = locale === rootLocale ? path.join(docs, material) : path.join(docs, locale, material);
  return (await mdxUnder(dir)).map((full) => {
    const inner = path
      .relative(dir, full)
      .split(path.sep)
      .join('/')
      .replace(/\.mdx?$/, '')
      .replace(/(^|\/)index$/, '');
    return {
      full,
      relPath: path.relative(root, full).split(path.sep).join('/'),
      inner,
      slug: [material, inner].filter(Boolean).join('/'),
    };
  });
}

/** A page in the sidebar (and so in the book): not a draft, not hidden. */
export function isListed(fm: Frontmatter): boolean {
  return !(fm.draft || fm.sidebar?.hidden);
}

/** What the sidebar shows and sorts a page by: its title (the file's name without one) and order. */
export function sidebarEntry(fm: Frontmatter, file: MaterialFile): { title: string; order: number | undefined } {
  return {
    title: String(fm.title ?? file.inner),
    order: typeof fm.sidebar?.order === 'number' ? fm.sidebar.order : undefined,
  };
}
