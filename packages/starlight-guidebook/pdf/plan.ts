import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { worksheetFiles } from '../worksheets/load.ts';
import type { WorksheetDefinition } from '../worksheets/schema.ts';
import { pickText } from '../worksheets/text.ts';
import { hash } from './cache.ts';
import { pagePdfOption } from './mdx/handouts.ts';
import { isListed, materialFiles, sidebarEntry } from './mdx/material-files.ts';
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

/**
 * The frontmatter alone: the plan needs no Markdown tree. Broken YAML counts as none here: Astro's
 * content layer reports it with the file and line, and the PDF step fails on it too.
 */
export function frontmatterOf(source: string): Frontmatter {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  try {
    return match ? ((parseYaml(match[1] ?? '') as Frontmatter | null) ?? {}) : {};
  } catch {
    return {};
  }
}

type SheetSummary = Pick<WorksheetDefinition, 'id' | 'title' | 'material'>;

/**
 * What the plan read from each file, by a hash of the file's text: a rebuild parses YAML only in
 * the files that changed (parsing every worksheet took a third of a second on this machine).
 */
class SummaryCache {
  private entries: Record<string, unknown> = {};
  private used: Record<string, unknown> = {};
  private changed = false;

  constructor(private readonly file: string | undefined) {}

  async load(): Promise<void> {
    if (!this.file) return;
    try {
      this.entries = JSON.parse(await readFile(this.file, 'utf8')) as Record<string, unknown>;
    } catch {
      this.entries = {};
    }
  }

  of<T>(kind: string, source: string, read: (source: string) => T): T {
    const key = hash(kind, source);
    const value = (key in this.entries ? this.entries[key] : undefined) as T | undefined;
    if (value === undefined) this.changed = true;
    const out = value ?? read(source);
    this.used[key] = out;
    return out;
  }

  /** Keeps only this run's entries, so the file does not grow with every edit. */
  async save(): Promise<void> {
    if (!this.file || (!this.changed && Object.keys(this.used).length === Object.keys(this.entries).length)) return;
    await mkdir(path.dirname(this.file), { recursive: true });
    const partial = `${this.file}.${process.pid}.part`;
    await writeFile(partial, JSON.stringify(this.used));
    await rename(partial, this.file);
  }
}

/** Id, title and material of a worksheet; an invalid file is left to the content loader to report. */
function sheetSummary(source: string): SheetSummary | null {
  try {
    const data = parseYaml(source) as Partial<SheetSummary> | null;
    if (!data || typeof data.id !== 'string' || typeof data.material !== 'string' || !data.title) return null;
    return { id: data.id, title: data.title, material: data.material };
  } catch {
    return null;
  }
}

/**
 * The hand-outs a page's `pagePdf` asks for, named as handoutsOf (pdf/mdx/handouts.ts) names them:
 * the whole page by its slug and title, a part by `<slug>/<part>` and the part's title. An invalid
 * option plans none: the PDF step reports it with the page's file.
 */
export function handoutsPlanned(page: {
  slug: string;
  title: string;
  fm: Frontmatter;
}): { slug: string; title: string }[] {
  const option = pagePdfOption.safeParse(page.fm.pagePdf ?? false);
  if (!option.success || option.data === false) return [];
  if (option.data === true) return [{ slug: page.slug, title: page.title }];
  return option.data.map((part) => ({ slug: `${page.slug}/${part.part}`, title: part.title }));
}

/**
 * The list of PDFs, their names, addresses and titles, from the worksheet definitions and the
 * pages' frontmatter only. It takes milliseconds, so pages that link to PDFs render without
 * waiting for the layout (src/pdf/generate.ts), which runs meanwhile in a worker; sizes and page
 * counts are filled into the written pages afterwards (fill-sizes.ts). The same rules as
 * generate.ts: a material with at least one listed page is a book; a listed page with
 * `pagePdf: true` is a PDF of its own, and one with a list of parts a PDF per part (a hand-out,
 * pdf/mdx/handouts.ts). The build checks that the files made match this list.
 */
export async function planPdfs(root: string, site: PdfSite, cacheFile?: string): Promise<PdfPlan> {
  const cache = new SummaryCache(cacheFile);
  await cache.load();
  const worksheets = (await worksheetFiles(root, 'content/worksheets'))
    .map(({ source }) => cache.of('worksheet', source, sheetSummary))
    .filter((s): s is SheetSummary => s !== null);
  const entries: PlannedPdf[] = [];
  for (const locale of site.locales) {
    const books: PlannedPdf[] = [];
    const pages: PlannedPdf[] = [];
    for (const material of site.config.materials) {
      const listed = [];
      for (const file of await materialFiles(root, material.slug, locale, site.rootLocale)) {
        const fm = cache.of('frontmatter', await readFile(file.full, 'utf8'), frontmatterOf);
        if (isListed(fm)) listed.push({ fm, slug: file.slug, ...sidebarEntry(fm, file) });
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
        for (const handout of handoutsPlanned(page)) {
          pages.push({
            kind: 'page',
            id: handout.slug,
            locale,
            path: pagePdfPath(locale, handout.slug),
            title: handout.title,
            material: material.slug,
          });
        }
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
  await cache.save();
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
