import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { loadWorksheets } from '../worksheets/load.ts';
import { pickText } from '../worksheets/text.ts';
import { comparePages } from './mdx/page-order.ts';
import type { Frontmatter } from './mdx/parse.ts';
import { materialPdfPath, type PdfEntry, pagePdfPath, worksheetPdfPath } from './paths.ts';
import type { PdfSite } from './site.ts';

/** A PDF the build will make: everything a link needs, before the file is laid out. */
export type PlannedPdf = Omit<PdfEntry, 'bytes' | 'pages' | 'fields'>;

export interface PdfPlan {
  /** False in `astro dev`, where PDFs are not made. */
  generated: boolean;
  entries: PlannedPdf[];
}

/** The frontmatter alone: the plan needs no Markdown tree. */
export function frontmatterOf(source: string): Frontmatter {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  return match ? ((parseYaml(match[1] ?? '') as Frontmatter | null) ?? {}) : {};
}

async function pageFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const out: string[] = [];
  for (const e of entries) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...(await pageFiles(full)));
    else if (/\.mdx?$/.test(e.name)) out.push(full);
  }
  return out;
}

/**
 * The list of PDFs, their names, addresses and titles, from the worksheet definitions and the
 * pages' frontmatter only. It takes milliseconds, so pages that link to PDFs render without
 * waiting for the layout (src/pdf/generate.ts), which runs meanwhile in a worker; sizes and page
 * counts are filled into the written pages afterwards (fill-sizes.ts). The same rules as
 * generate.ts: a material with at least one listed page is a book; a listed page with
 * `pagePdf: true` is a PDF of its own. The build checks that the files made match this list.
 */
export async function planPdfs(root: string, site: PdfSite): Promise<PdfPlan> {
  const worksheets = (await loadWorksheets(root)).map((w) => w.definition);
  const entries: PlannedPdf[] = [];
  const docs = path.join(root, 'content', 'docs');
  for (const locale of site.locales) {
    const books: PlannedPdf[] = [];
    const pages: PlannedPdf[] = [];
    for (const material of site.config.materials) {
      const dir = locale === site.rootLocale ? path.join(docs, material.slug) : path.join(docs, locale, material.slug);
      const listed = [];
      for (const file of await pageFiles(dir)) {
        const fm = frontmatterOf(await readFile(file, 'utf8'));
        if (fm.draft || fm.sidebar?.hidden) continue;
        const inner = path
          .relative(dir, file)
          .split(path.sep)
          .join('/')
          .replace(/\.mdx?$/, '')
          .replace(/(^|\/)index$/, '');
        listed.push({
          fm,
          slug: [material.slug, inner].filter(Boolean).join('/'),
          title: String(fm.title ?? inner),
          order: typeof fm.sidebar?.order === 'number' ? fm.sidebar.order : undefined,
        });
      }
      if (listed.length === 0) continue;
      books.push({
        kind: 'material',
        id: material.slug,
        locale,
        path: materialPdfPath(locale, material.slug),
        title: site.materialTitle(material.slug, locale),
        material: material.slug,
      });
      for (const page of listed.sort(comparePages)) {
        if (page.fm.pagePdf !== true) continue;
        pages.push({
          kind: 'page',
          id: page.slug,
          locale,
          path: pagePdfPath(locale, page.slug),
          title: page.title,
          material: material.slug,
        });
      }
    }
    for (const sheet of worksheets) {
      entries.push({
        kind: 'worksheet',
        id: sheet.id,
        locale,
        path: worksheetPdfPath(locale, sheet.id),
        title: pickText(sheet.title, locale),
        material: sheet.material,
      });
    }
    entries.push(...books, ...pages);
  }
  return { generated: true, entries };
}

/** Where the files made differ from the plan (an engine bug: links would point nowhere). */
export function planMismatch(plan: PdfPlan, made: readonly PdfEntry[]): string[] {
  const planned = new Set(plan.entries.map((e) => `${e.path}\t${e.title}`));
  const written = new Set(made.map((e) => `${e.path}\t${e.title}`));
  return [
    ...[...planned].filter((p) => !written.has(p)).map((p) => `planned but not made: ${p.replace('\t', ' ')}`),
    ...[...written].filter((p) => !planned.has(p)).map((p) => `made but not planned: ${p.replace('\t', ' ')}`),
  ];
}
