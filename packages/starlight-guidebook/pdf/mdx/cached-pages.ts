import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Root } from 'mdast';
import { VFile } from 'vfile';
import { guideTranslator } from '../../translations/site.ts';
import { hash } from '../cache.ts';
import { handoutsOf } from './handouts.ts';
import { isListed, materialFiles, sidebarEntry } from './material-files.ts';
import { comparePages } from './page-order.ts';
import type { BookPage } from './pages.ts';
import { type Frontmatter, parseMdx } from './parse.ts';
import { applyPrintForms } from './transform.ts';

/** A page ready for the layout: its tree with the print forms applied, and the key of that tree. */
export interface TransformedPage extends BookPage {
  /**
   * Hash of the tree's content (source positions left out): this page's part of a PDF's key. A
   * change to code or data that leaves a tree as it was remakes no PDF.
   */
  key: string;
  /** The hand-outs its frontmatter asks for (`pagePdf`), each with its print forms applied. */
  handouts: TransformedHandout[];
}

/** A hand-out (the page, or a tab or section of it, as a PDF of its own) ready for the layout. */
export interface TransformedHandout {
  /** The file's id: the page's slug, and `/<part>` for a part. */
  slug: string;
  title: string;
  tree: Root;
  /** Hash of the tree's content, as for a page. */
  key: string;
}

interface CachedTree {
  frontmatter: Frontmatter;
  /** Null for a page left out of the books (draft, hidden): only its frontmatter is kept. */
  tree: Root | null;
  /** Hash of the tree without source positions. */
  content: string;
  /** Hand-outs, cut from the raw tree before the print forms (which dissolve the tabs they name). */
  handouts: TransformedHandout[];
}

/** Drops source positions so a tree's hash depends on content only. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (key, v) => (key === 'position' ? undefined : v));
}

/**
 * Transformed Markdown trees, one file per page, keyed by the page's source and everything the
 * transform reads (`dependencies`: the engine's and the site's code, where print forms live, the
 * data files they read, the site config). An edit re-parses only the page edited: the other
 * pages' trees are read back as JSON, several times faster than parsing MDX and bundling the
 * print forms again.
 */
export class TreeCache {
  parsed = 0;
  reused = 0;

  constructor(
    private readonly dir: string,
    private readonly dependencies: string,
  ) {}

  key(relPath: string, locale: string, material: string, pageUrl: string, source: string): string {
    return hash('tree', this.dependencies, relPath, locale, material, pageUrl, source);
  }

  async get(key: string): Promise<CachedTree | undefined> {
    try {
      return JSON.parse(await readFile(path.join(this.dir, `${key}.json`), 'utf8')) as CachedTree;
    } catch {
      return undefined;
    }
  }

  async set(key: string, value: CachedTree): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    const file = path.join(this.dir, `${key}.json`);
    // Written aside and renamed: a parallel worker never reads half a tree.
    const partial = `${file}.${process.pid}-${Math.random().toString(36).slice(2)}.part`;
    await writeFile(partial, JSON.stringify(value));
    await rename(partial, file);
  }
}

/**
 * The pages of a material in one locale, in sidebar order, with their print forms applied, from
 * the tree cache where their sources are unchanged. Drafts and hidden pages are left out.
 */
export async function transformedMaterialPages(options: {
  root: string;
  material: string;
  locale: string;
  rootLocale: string;
  pageUrl: (slug: string) => string;
  cache: TreeCache;
}): Promise<TransformedPage[]> {
  const { root, material, locale, rootLocale, cache } = options;
  const files = await materialFiles(root, material, locale, rootLocale);
  const t = guideTranslator(root, locale, rootLocale);
  const pages = await Promise.all(
    files.map(async (entry) => {
      const { relPath, slug } = entry;
      const source = await readFile(entry.full, 'utf8');
      const pageUrl = options.pageUrl(slug);
      const key = cache.key(relPath, locale, material, pageUrl, source);
      const file = new VFile({ value: source, path: relPath });
      let cached = await cache.get(key);
      // A tree written before hand-outs were cached is made again rather than read without them.
      if (cached && !Array.isArray(cached.handouts)) cached = undefined;
      if (cached) cache.reused++;
      else {
        // Parsed and transformed here; the pages of a material are transformed side by side, so
        // their print forms are bundled by esbuild together.
        const parsed = parseMdx(source, relPath);
        const fm = parsed.frontmatter;
        const listed = isListed(fm);
        const context = { locale, material, pageUrl, file: relPath, t };
        const { title } = sidebarEntry(fm, entry);
        // Hand-outs are cut from the raw tree: the print forms dissolve the tabs they may name.
        const handouts = listed
          ? handoutsOf({ slug, title, tree: parsed.tree, file: parsed.file, frontmatter: fm })
          : [];
        const [tree, handoutTrees] = listed
          ? await Promise.all([
              applyPrintForms(parsed.tree, parsed.file, context),
              Promise.all(handouts.map((h) => applyPrintForms(h.tree, parsed.file, context))),
            ])
          : [null, []];
        cached = {
          frontmatter: fm,
          tree,
          content: hash(stableJson(tree)),
          handouts: handouts.map((h, i) => {
            const handoutTree = handoutTrees[i] as Root;
            return { slug: h.slug, title: h.title, tree: handoutTree, key: hash(stableJson(handoutTree)) };
          }),
        };
        await cache.set(key, cached);
        cache.parsed++;
      }
      const fm = cached.frontmatter;
      if (!cached.tree) return undefined;
      const page: TransformedPage = {
        tree: cached.tree,
        frontmatter: fm,
        file,
        relPath,
        slug,
        ...sidebarEntry(fm, entry),
        key: cached.content,
        handouts: cached.handouts,
      };
      return page;
    }),
  );
  return pages.filter((p): p is TransformedPage => p !== undefined).sort(comparePages);
}
