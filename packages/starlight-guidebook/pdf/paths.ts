/**
 * The one place that decides where PDFs live. Everything else (the integration, PdfLink, the
 * downloads list, the answers button, the tests) asks this module.
 *
 * Scheme, relative to the site root (dist/):
 *   pdf/<locale>/<material>.pdf              a material as a book
 *   pdf/<locale>/worksheets/<id>.pdf         a worksheet: blank for handwriting and fillable
 *   pdf/<locale>/pages/<slug>.pdf            a page with `pagePdf: true` (a card to hand out)
 *   pdf/manifest.json                        every file with its size and page count
 * `<locale>` is always a locale code (`fi`, `en`), also for the root locale.
 */

export type PdfKind = 'material' | 'worksheet' | 'page';

export function materialPdfPath(locale: string, slug: string): string {
  return `pdf/${locale}/${slug}.pdf`;
}

export function worksheetPdfPath(locale: string, id: string): string {
  return `pdf/${locale}/worksheets/${id}.pdf`;
}

/** A single page as a PDF; `slug` as Starlight makes it, e.g. `garden/card`. */
export function pagePdfPath(locale: string, slug: string): string {
  return `pdf/${locale}/pages/${slug}.pdf`;
}

export const manifestPath = 'pdf/manifest.json';

/** Site-relative URL of a file under dist/, honouring the site's base path. */
export function siteUrl(base: string, relative: string): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return `${prefix}${relative.replace(/^\/+/, '')}`;
}

/** One generated file, as listed in the manifest. */
export interface PdfEntry {
  kind: PdfKind;
  /** Worksheet id, material slug, or page slug (`material/page`). */
  id: string;
  locale: string;
  /** Path relative to dist/, see the scheme above. */
  path: string;
  title: string;
  /** Material slug the file belongs to (a worksheet's material, or the material itself). */
  material: string;
  bytes: number;
  pages: number;
  /** Worksheets: number of fillable form fields. */
  fields?: number;
  /** Page-break rules the layout broke (pdf/page-breaks.ts), if any: the tests expect none. */
  pageBreaks?: string[];
}

export interface PdfManifest {
  /** False in `astro dev`, where PDFs are not made: links are shown without size. */
  generated: boolean;
  entries: PdfEntry[];
}

export function findEntry<E extends Pick<PdfEntry, 'kind' | 'id' | 'locale'>>(
  manifest: { generated?: boolean; entries: readonly E[] },
  kind: PdfKind,
  id: string,
  locale: string,
): E | undefined {
  return manifest.entries.find((e) => e.kind === kind && e.id === id && e.locale === locale);
}
