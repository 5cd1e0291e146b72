import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { addInlineHashes } from '../../packages/starlight-guidebook/csp/inline-hashes.ts';
import { assertBuilt, distDir, htmlPages, readDist } from '../support/dist.ts';

/** Minimal HTML reading for the few things these tests need; the pages are our own output. */
const attr = (html: string, re: RegExp) => re.exec(html)?.[1];
const ids = (html: string) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
const links = (html: string) => [...html.matchAll(/<a\s[^>]*href="([^"]+)"/g)].map((m) => m[1] ?? '');

beforeAll(assertBuilt);

describe('every built page', () => {
  const pages = htmlPages();

  it('there are pages for both locales', () => {
    expect(pages).toContain('index.html');
    expect(pages).toContain('en/index.html');
    expect(pages.length).toBeGreaterThan(20);
  });

  it.each(pages)('%s has a title, the right lang and a description', (page) => {
    const html = readDist(page);
    const lang = attr(html, /<html[^>]*\slang="([^"]+)"/);
    expect(lang).toBe(page.startsWith('en/') ? 'en' : 'fi');
    const title = attr(html, /<title>([^<]+)<\/title>/);
    expect(title?.trim().length).toBeGreaterThan(3);
    const description = attr(html, /<meta name="description" content="([^"]*)"/);
    expect(description?.length, 'meta description').toBeGreaterThan(20);
  });

  it.each([...pages, '404.html'])('%s allows each of its inline scripts and styles in its CSP, by hash', (page) => {
    const html = readDist(page);
    expect(html).toMatch(/<meta http-equiv="content-security-policy" content="[^"]*script-src 'self'/);
    expect(html).not.toMatch(/script-src[^;"]*'unsafe-inline'/);
    // Nothing left for the hashing to add: every inline element is already allowed.
    expect(addInlineHashes(html).added).toBe(0);
  });

  it.each(pages)('%s has no broken internal link or anchor', (page) => {
    const html = readDist(page);
    const here = `/${page.replace(/index\.html$/, '')}`;
    const problems: string[] = [];
    for (const href of links(html)) {
      if (/^(https?:|mailto:|tel:|data:)/.test(href)) continue;
      const url = new URL(href, `http://site${here}`);
      const target = url.pathname.endsWith('/') ? `${url.pathname}index.html` : url.pathname;
      const file = path.join(distDir, decodeURIComponent(target));
      if (!existsSync(file)) {
        problems.push(`${href} -> missing ${target}`);
        continue;
      }
      if (url.hash && target.endsWith('.html')) {
        const anchor = decodeURIComponent(url.hash.slice(1));
        if (anchor && !ids(readDist(path.relative(distDir, file))).has(anchor))
          problems.push(`${href} -> no #${anchor}`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('not-found pages', () => {
  it('404.html (served for any missing address) leads home in Finnish and, marked as English, in English', () => {
    const html = readDist('404.html');
    expect(attr(html, /<title>([^<]+)<\/title>/)).toMatch(/^Sivua ei löytynyt/);
    expect(links(html)).toEqual(expect.arrayContaining(['/', '/en/']));
    expect(html).toMatch(/<p lang="en">Page not found\./);
  });

  it('the English one exists for English links to a missing page, and leads back', () => {
    const html = readDist('en/404/index.html');
    expect(attr(html, /<html[^>]*\slang="([^"]+)"/)).toBe('en');
    expect(links(html)).toEqual(expect.arrayContaining(['/en/', '/']));
  });
});

describe('language links in the footer', () => {
  // Starlight hides its language menu on phones on pages without a sidebar, such as the home page.
  it.each([
    ['index.html', '/en/', 'en', 'English'],
    ['en/index.html', '/', 'fi', 'Suomi'],
    ['opas/roolit/index.html', '/en/opas/roolit/', 'en', 'English'],
    ['en/mentorointi/index.html', '/mentorointi/', 'fi', 'Suomi'],
  ])('%s links to the same page in the other language', (page, href, lang, label) => {
    const footer = readDist(page).split('class="site-footer')[1] ?? '';
    expect(footer).toMatch(new RegExp(`<a href="${href}" hreflang="${lang}" lang="${lang}"[^>]*>${label}</a>`));
  });
});

describe('robots.txt', () => {
  it('allows indexing and points at the sitemap, which exists', () => {
    const robots = readDist('robots.txt');
    expect(robots).toContain('User-agent: *');
    const sitemap = /^Sitemap: (\S+)$/m.exec(robots)?.[1] ?? '';
    expect(sitemap).toMatch(/^https:\/\/.+\/sitemap-index\.xml$/);
    expect(existsSync(path.join(distDir, new URL(sitemap).pathname.split('/').pop() ?? ''))).toBe(true);
  });
});

describe('search index', () => {
  it('Pagefind indexed the site in both languages', () => {
    expect(existsSync(path.join(distDir, 'pagefind/pagefind.js'))).toBe(true);
    const entry = JSON.parse(readDist('pagefind/pagefind-entry.json')) as { languages: Record<string, unknown> };
    expect(Object.keys(entry.languages)).toEqual(expect.arrayContaining(['fi', 'en']));
  });
});

describe('Finnish compound words', () => {
  it('the parts of compounds are indexed for search on a page that uses them', () => {
    const html = readDist('tyonantajalle/index.html');
    expect(html).toMatch(/työllisyyspalvel/i);
    // Every Markdown source on the page has its block (a page's own text, and a component's
    // Markdown file such as the trial rules box).
    const blocks = [...html.matchAll(/<div hidden aria-hidden="true" data-compound-parts[^>]*>([^<]*)<\/div>/g)];
    const words = blocks.flatMap((m) => (m[1] ?? '').split(' '));
    expect(words).toEqual(expect.arrayContaining(['palvelujen', 'kokeilu']));
    expect(html).toMatch(/data-pagefind-body[\s\S]*data-compound-parts/);
  });
});

describe('component styles', () => {
  // Astro moves the styles of components used in MDX into each page's head; a page that lost
  // them shows an unstyled form.
  const stylesheets = (html: string) =>
    [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) =>
      readDist(decodeURIComponent(m[1] ?? '').replace(/^\//, '')),
    );
  const worksheetPages = htmlPages().filter((p) => readDist(p).includes('class="ws not-content"'));

  it('there are worksheet pages', () => expect(worksheetPages.length).toBeGreaterThan(10));

  it.each(worksheetPages)('%s carries the worksheet styles', (page) => {
    const html = readDist(page);
    const css =
      stylesheets(html).join('\n') + [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('\n');
    expect(css).toMatch(/\.ws-btn/);
  });

  it.each(worksheetPages)('%s offers the answers PDF of each of its worksheets', (page) => {
    const html = readDist(page);
    const sheets = [...html.matchAll(/<section[^>]*class="ws not-content"[^>]*data-worksheet="([^"]+)"/g)].map(
      (m) => m[1],
    );
    const buttons = [...html.matchAll(/<button[^>]*data-answers-pdf[^>]*data-worksheet="([^"]+)"/g)].map((m) => m[1]);
    expect(sheets.length).toBeGreaterThan(0);
    for (const id of sheets) expect(buttons, id).toContain(id);
  });
});

describe('code highlighting', () => {
  it('is off, as the site config leaves it: no Expressive Code files are built', () => {
    expect(readdirSync(path.join(distDir, '_astro')).filter((f) => /^ec\./.test(f))).toEqual([]);
  });
});

describe('reading pages ship only what Starlight ships', () => {
  /** Every script file a page loads up front: its module scripts and their static imports. */
  function moduleGraph(html: string): Set<string> {
    const seen = new Set<string>();
    const queue = [...html.matchAll(/<script type="module" src="\/_astro\/([^"]+)"/g)].map((m) => m[1] ?? '');
    while (queue.length > 0) {
      const file = queue.pop() as string;
      if (seen.has(file)) continue;
      seen.add(file);
      for (const m of readDist(`_astro/${file}`).matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g))
        queue.push(m[1] ?? '');
    }
    return seen;
  }
  // Starlight's own scripts: the page, search and table of contents. A file outside this list (a
  // component of ours, or a chunk Vite splits off because of our code) is JavaScript a reader did
  // not ask for.
  const starlight =
    /^(page|Search\.astro_astro_type_script_index_0_lang|(Mobile)?TableOfContents\.astro_astro_type_script_index_0_lang|starlight-toc)\.[\w-]+\.js$/;

  // Vite's helper for `import()`, which Starlight's search needs for its own `import()`: it was
  // inside the search script until the worksheet script also loaded parts on demand (export and
  // import, a repeatable worksheet's rounds); now the two share it as a file of its own. The same
  // code, not more — allowed only as an import of the search script.
  const preloadHelper = /^preload-helper\.[\w-]+\.js$/;
  const searchImports = (files: string[]) =>
    files
      .filter((f) => f.startsWith('Search.astro_astro_type_script'))
      .flatMap((f) => [...readDist(`_astro/${f}`).matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)].map((m) => m[1]));

  it.each(['opas/index.html', 'en/opas/index.html', 'mentorointi/vinkit/index.html', 'hanke/index.html'])(
    '%s',
    (page) => {
      const files = [...moduleGraph(readDist(page))];
      expect(files.length).toBeGreaterThan(0);
      const fromSearch = new Set(searchImports(files));
      expect(files.filter((f) => !starlight.test(f) && !(preloadHelper.test(f) && fromSearch.has(f)))).toEqual([]);
    },
  );
});
