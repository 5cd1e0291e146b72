import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Image, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { loadGuideStrings } from '../translations/site.ts';
import type { WorksheetDefinition } from '../worksheets/schema.ts';
import { pickText } from '../worksheets/text.ts';
import { type BookChapter, bookPdf } from './book/book.ts';
import { resolveImage } from './book/images.ts';
import { pagePdf } from './book/page.ts';
import { engineHash, folderHash, hash, PdfCache, transformHash } from './cache.ts';
import { engineSrc } from './engine-src.ts';
import { stableJson, TreeCache, transformedMaterialPages } from './mdx/cached-pages.ts';
import type { GeneratedPdfs } from './output.ts';
import { materialPdfPath, type PdfEntry, type PdfManifest, pagePdfPath, worksheetPdfPath } from './paths.ts';
import { previousRunFile, readPreviousRun } from './previous-run.ts';
import type { PdfSite } from './site.ts';
import { worksheetPdf } from './worksheet/file.ts';
import { cachedWorksheets } from './worksheet-cache.ts';

export interface GenerateOptions {
  root: string;
  site: PdfSite;
  /** Folder for cached PDFs. */
  cacheDir: string;
  log?: (message: string) => void;
  /**
   * This run's share of the PDFs when several workers make them side by side: every `count`-th
   * PDF, starting at `index`. Each share reads the sources itself (it is cheap beside the layout).
   */
  share?: { index: number; count: number };
}

/** Ids of the worksheets a page's tree shows. */
function referencedIn(tree: Root): Set<string> {
  const ids = new Set<string>();
  visit(tree, (node) => {
    if ((node as { type: string }).type === 'worksheet') ids.add((node as unknown as { id: string }).id);
  });
  return ids;
}

function localePrefix(site: PdfSite, locale: string): string {
  return locale === site.rootLocale ? '' : `${locale}/`;
}

/**
 * Makes every PDF: each worksheet and each material book in every locale. All failures are
 * collected and thrown together, so one build run reports every broken page or worksheet.
 */
export async function generatePdfs(options: GenerateOptions): Promise<GeneratedPdfs> {
  const started = performance.now();
  const { root, site } = options;
  const cache = new PdfCache(path.join(options.cacheDir, 'files'));
  // The guide's own versions of engine strings (content/i18n) are part of every PDF's key.
  loadGuideStrings(root, site.locales);
  const engine = hash(engineHash(), folderHash(path.join(root, 'content', 'i18n')));
  const configJson = JSON.stringify(site.config);
  // Fast path: nothing the PDFs are made from has changed since a previous run.
  const share = options.share ?? { index: 0, count: 1 };
  const runFile = previousRunFile(options, share);
  const previous = await readPreviousRun(runFile);
  if (previous) {
    const ms = Math.round(performance.now() - started);
    options.log?.(`${previous.manifest.entries.length} PDFs (0 made, all from cache: inputs unchanged) in ${ms} ms`);
    return { ...previous, stats: { made: 0, reused: previous.manifest.entries.length, ms } };
  }
  const trees = new TreeCache(path.join(options.cacheDir, 'trees'), hash(transformHash(root), configJson));
  // Definitions are read again when their file, the engine's worksheet code or the locales changed.
  const locales = site.config.locales.map((l) => l.code);
  const sheetsKey = hash(engine, folderHash(path.join(engineSrc, 'worksheets')), locales.join(','));
  const worksheets = await cachedWorksheets(root, path.join(options.cacheDir, 'worksheets.json'), sheetsKey, locales);
  const allWorksheets = new Map(worksheets.map((w) => [w.id, w]));
  const entries: PdfEntry[] = [];
  // Position of each PDF in the whole list, so the shares of several workers merge in order.
  const order: number[] = [];
  let ordinal = -1;
  const isMine = () => ++ordinal % share.count === share.index;
  const files = new Map<string, string>();
  const errors: string[] = [];
  let made = 0;
  let reused = 0;

  const produce = async <M extends { pages: number; fields?: number; pageBreaks?: string[] }>(
    key: string,
    target: string,
    make: () => Promise<{ bytes: Uint8Array } & M>,
    entry: Omit<PdfEntry, 'bytes' | 'pages' | 'path'>,
  ) => {
    let cached = await cache.get<M & { bytes: number }>(key);
    if (cached) reused++;
    else {
      const result = await make();
      const { bytes, ...meta } = result;
      await cache.set(key, bytes, { ...meta, bytes: bytes.length });
      cached = { bytes, meta: { ...(meta as unknown as M), bytes: bytes.length } };
      made++;
    }
    files.set(target, cache.path(key));
    order.push(ordinal);
    entries.push({
      ...entry,
      path: target,
      bytes: cached.meta.bytes,
      pages: cached.meta.pages,
      ...(cached.meta.fields !== undefined ? { fields: cached.meta.fields } : {}),
      ...(cached.meta.pageBreaks?.length ? { pageBreaks: cached.meta.pageBreaks } : {}),
    });
    // The layout keeps these rules itself; a break of one is an engine bug worth seeing.
    for (const problem of cached.meta.pageBreaks ?? []) options.log?.(`warning: ${target}: ${problem}`);
  };

  for (const locale of site.locales) {
    // Books first: their pages tell where each worksheet lives on the site.
    const worksheetUrls = new Map<string, string>();
    const books: { slug: string; chapters: BookChapter[]; key: string }[] = [];
    const singlePages: { material: string; chapter: BookChapter; pageUrl: string; key: string }[] = [];
    for (const material of site.config.materials) {
      try {
        // Each page's print tree comes from the tree cache unless its source (or the code and data
        // its print forms read) changed: an edit re-parses the page edited, not the site.
        const pages = await transformedMaterialPages({
          root,
          material: material.slug,
          locale,
          rootLocale: site.rootLocale,
          pageUrl: (slug) => site.absolute(`${localePrefix(site, locale)}${slug}/`),
          cache: trees,
        });
        if (pages.length === 0) continue;
        const chapters: BookChapter[] = [];
        const parts: string[] = [];
        const referenced = new Set<string>();
        for (const p of pages) {
          const tree = p.tree;
          const pageUrl = site.absolute(`${localePrefix(site, locale)}${p.slug}/`);
          const onPage = referencedIn(tree);
          for (const id of onPage) {
            if (!worksheetUrls.has(id)) worksheetUrls.set(id, pageUrl);
            referenced.add(id);
          }
          const images: string[] = [];
          visit(tree, 'image', (node: Image) => {
            const file = resolveImage(node.url, p.relPath, root);
            if (file && existsSync(file)) images.push(hash(readFileSync(file)));
          });
          // The tree's content hash stands for the tree (computed once, when the page was parsed).
          parts.push(p.title, p.key, ...images);
          chapters.push({ title: p.title, slug: p.slug, tree, file: p.file, relPath: p.relPath });
          for (const handout of p.handouts) {
            const used = worksheets.filter((w) => referencedIn(handout.tree).has(w.id));
            const chapter = {
              title: handout.title,
              slug: handout.slug,
              tree: handout.tree,
              file: p.file,
              relPath: p.relPath,
            };
            const key = hash(
              'page',
              engine,
              configJson,
              locale,
              handout.slug,
              handout.title,
              handout.key,
              ...images,
              stableJson(used),
            );
            singlePages.push({ material: material.slug, chapter, pageUrl, key });
          }
        }
        const sheets = worksheets.filter((w) => w.material === material.slug || referenced.has(w.id));
        const key = hash('book', engine, configJson, locale, material.slug, ...parts, stableJson(sheets));
        books.push({ slug: material.slug, chapters, key });
      } catch (error) {
        // Every share reads the pages; the first one reports their errors.
        if (share.index === 0) errors.push(describeFailure(error));
      }
    }

    for (const sheet of worksheets) {
      if (!isMine()) continue;
      const pageUrl = worksheetUrls.get(sheet.id);
      const key = hash('worksheet', engine, configJson, locale, stableJson(sheet), pageUrl ?? '');
      try {
        await produce(key, worksheetPdfPath(locale, sheet.id), () => worksheetPdf(sheet, locale, site, pageUrl), {
          kind: 'worksheet',
          id: sheet.id,
          locale,
          title: pickText(sheet.title, locale),
          material: sheet.material,
        });
      } catch (error) {
        errors.push(`content/worksheets/${sheet.id}.yaml (${locale}): PDF failed: ${describeFailure(error)}`);
      }
    }

    for (const book of books) {
      if (!isMine()) continue;
      const sheets = new Map<string, WorksheetDefinition>(
        worksheets.filter((w) => w.material === book.slug).map((w) => [w.id, w]),
      );
      try {
        await produce(
          book.key,
          materialPdfPath(locale, book.slug),
          () =>
            bookPdf({
              slug: book.slug,
              locale,
              chapters: book.chapters,
              worksheets: sheets,
              allWorksheets,
              worksheetUrls,
              root,
              site,
            }),
          {
            kind: 'material',
            id: book.slug,
            locale,
            title: site.materialTitle(book.slug, locale),
            material: book.slug,
          },
        );
      } catch (error) {
        errors.push(`${book.slug} (${locale}) book: ${describeFailure(error)}`);
      }
    }

    for (const single of singlePages) {
      if (!isMine()) continue;
      const { chapter } = single;
      try {
        await produce(
          single.key,
          pagePdfPath(locale, chapter.slug ?? ''),
          () =>
            pagePdf({
              chapter,
              locale,
              material: single.material,
              worksheets: allWorksheets,
              pageUrl: single.pageUrl,
              root,
              site,
            }),
          { kind: 'page', id: chapter.slug ?? '', locale, title: chapter.title, material: single.material },
        );
      } catch (error) {
        errors.push(`${chapter.relPath}: page PDF failed: ${describeFailure(error)}`);
      }
    }
  }

  if (errors.length > 0) {
    throw new Error(`PDF generation failed:\n${errors.map((e) => `  ${e.replace(/\n/g, '\n  ')}`).join('\n')}`);
  }
  const ms = Math.round(performance.now() - started);
  options.log?.(
    `${entries.length} PDFs (${made} made, ${reused} from cache; ${trees.parsed} pages parsed, ${trees.reused} from cache) in ${ms} ms`,
  );
  const manifest: PdfManifest = { generated: true, entries };
  await mkdir(path.dirname(runFile), { recursive: true });
  await writeFile(runFile, JSON.stringify({ manifest, files: [...files], order }));
  return { manifest, files, order, stats: { made, reused, ms, parsed: trees.parsed, treesReused: trees.reused } };
}

/** One failed PDF as a line: a page mistake with file and line, a bug with its stack. */
export function describeFailure(error: unknown): string {
  if (error && typeof error === 'object' && 'file' in error && 'reason' in error) {
    // A VFileMessage: file:line:column: reason
    const e = error as { file?: string; line?: number; column?: number; reason: string };
    return `${e.file ?? ''}${e.line ? `:${e.line}:${e.column ?? 0}` : ''}: ${e.reason}`;
  }
  // A bug in the engine, not a mistake in the page: its stack goes along (the worker's own lines
  // would otherwise be lost on the way to the build's thread).
  if (error instanceof TypeError || error instanceof ReferenceError || error instanceof RangeError)
    return error.stack ?? error.message;
  return error instanceof Error ? error.message : String(error);
}
