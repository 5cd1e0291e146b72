import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** One file the service worker stores at install: Workbox's precache entry. */
export interface PrecacheEntry {
  url: string;
  /** A hash of the content; null when the file's name already changes with it (`_astro/x.<hash>.js`). */
  revision: string | null;
}

export interface PrecacheOptions {
  /** The site's sub-path, `/` or `/guide/`. */
  base: string;
  /** Locale folders besides the root locale's (`['en']`): their home and offline pages are kept too. */
  localeFolders: string[];
  /**
   * Names of Starlight's components that carry a script (Search, TableOfContents …): a page that
   * loads only theirs is a reading page, not a worksheet or a tool.
   */
  frameworkScripts: Set<string>;
}

/** File names that change with the content: Vite's (`page.Ab12Cd34.js`) and Pagefind's (`en_1a2b3c4.pf_fragment`). */
const contentNamed = [/\.[A-Za-z0-9_-]{8,}\.(js|css|svg|woff2)$/, /_[0-9a-f]{7,}\.pf_(fragment|index|meta)$/];

/** Big files the browser fetches only for some answers; cached when first used instead. */
const onDemand = [/fill-worker-fontkit\./, /answers-font\./];

/**
 * What the service worker keeps from the first visit on: every worksheet and tool page (a page
 * that loads a component script of its own, not only Starlight's or the one every page loads),
 * each locale's home and offline page, all scripts and styles, and the search index (Pagefind).
 * Reading pages and PDFs are cached as they are opened (service-worker.ts): all 150 pages would
 * be about 10 MB.
 */
export function precacheEntries(dist: string, options: PrecacheOptions): PrecacheEntry[] {
  const base = options.base.endsWith('/') ? options.base : `${options.base}/`;
  const files = filesUnder(dist);
  const pages = files.filter((f) => f.endsWith('index.html') && !f.startsWith('pagefind/'));
  const scriptsOf = new Map(pages.map((page) => [page, componentScripts(readFileSync(path.join(dist, page), 'utf8'))]));
  const onEveryPage = intersection([...scriptsOf.values()]);
  const interactive = (page: string) =>
    [...(scriptsOf.get(page) ?? [])].some((name) => !onEveryPage.has(name) && !options.frameworkScripts.has(name));
  const homes = new Set(['', ...options.localeFolders.map((l) => `${l}/`)]);
  const keptPages = pages.filter((page) => {
    const dir = page.replace(/index\.html$/, '');
    return homes.has(dir) || [...homes].some((home) => dir === `${home}offline/`) || interactive(page);
  });
  const assets = files.filter(
    (f) =>
      (f.startsWith('_astro/') && /\.(js|css|svg|woff2)$/.test(f) && !onDemand.some((re) => re.test(f))) ||
      f.startsWith('pagefind/') ||
      // Data a site's tools fetch when used (a site writes it under tool-data/).
      /^tool-data\/.+\.json$/.test(f) ||
      // The strings a worksheet's export and import fetch (worksheets/transfer-strings.ts).
      /(^|\/)guidebook-strings\/[\w-]+\.json$/.test(f) ||
      /^(manifest\.webmanifest|favicon\.svg|icons\/.+\.png)$/.test(f),
  );
  const revision = (file: string) =>
    createHash('sha256')
      .update(readFileSync(path.join(dist, file)))
      .digest('hex')
      .slice(0, 16);
  return [
    ...keptPages.map((page) => ({ url: `${base}${page.replace(/index\.html$/, '')}`, revision: revision(page) })),
    // Vite's and Pagefind's fragment names carry a hash of their content; other files need one.
    ...assets.map((file) => ({
      url: `${base}${file}`,
      revision: contentNamed.some((re) => re.test(file)) ? null : revision(file),
    })),
  ].sort((a, b) => a.url.localeCompare(b.url));
}

/** Component names of the `_astro/<Name>.astro_astro_type_script…` modules a page loads. */
export function componentScripts(html: string): Set<string> {
  const names = new Set<string>();
  for (const [, src] of html.matchAll(/<script\b[^>]*\ssrc="([^"]+)"/g)) {
    const name = /\/([^/]+)\.astro_astro_type_script/.exec(src ?? '')?.[1];
    if (name) names.add(name);
  }
  return names;
}

function intersection(sets: Set<string>[]): Set<string> {
  const [first, ...rest] = sets;
  return new Set([...(first ?? [])].filter((x) => rest.every((s) => s.has(x))));
}

function filesUnder(root: string, dir = root): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory()
      ? filesUnder(root, full)
      : [path.relative(root, full).split(path.sep).join('/')];
  });
}
