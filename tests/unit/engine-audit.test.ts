import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import siteConfig from '../../site.config.ts';

/**
 * The engine package knows nothing of this site: no name, organisation, material, page or
 * worksheet of this site is written into packages/starlight-guidebook (another organisation swaps
 * content/ and the config only). The package's own test (__tests__/unit/content-blind.test.ts)
 * checks for words of any one domain; this one checks this site's own names.
 */
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : /\.(ts|astro|css|mjs|js)$/.test(name) ? [full] : [];
  });
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const slugs = [
  ...siteConfig.materials.map((m) => m.slug),
  ...siteConfig.sidebar.before.flatMap((g) => g.items),
  ...siteConfig.sidebar.after.flatMap((g) => g.items),
  ...siteConfig.footerLinks.map((l) => l.slug),
];
const names = [
  ...Object.values(siteConfig.title),
  ...siteConfig.organisations.map((o) => o.name.replace(/\s*\(.*\)$/, '')),
];

/** Code without comments: a comment may use the project's pages as an example. */
const code = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|\s)\/\/.*$/gm, '$1');

const engine = path.resolve('packages/starlight-guidebook');
const worksheetIds = readdirSync('content/worksheets').map((name) => name.replace(/\.ya?ml$/, ''));

describe('engine audit', () => {
  const sources = files(engine)
    .filter(
      (file) =>
        !file.includes(`${path.sep}__tests__${path.sep}`) && !file.includes(`${path.sep}node_modules${path.sep}`),
    )
    .map((file) => ({ file, text: readFileSync(file, 'utf8') }));

  it('reads the package', () => {
    expect(sources.length).toBeGreaterThan(50);
  });

  it.each([...new Set(names)])('the engine does not name "%s"', (name) => {
    const hits = sources.filter((s) => s.text.toLocaleLowerCase('fi').includes(name.toLocaleLowerCase('fi')));
    expect(hits.map((h) => path.relative(process.cwd(), h.file))).toEqual([]);
  });

  it.each([...new Set(slugs)])('the engine does not use the page or material "%s"', (slug) => {
    // As a path or a string: '/opas/', "opas", `opas/…`.
    const pattern = new RegExp(`(['"\`/])${escapeRegExp(slug)}(['"\`/])`);
    const hits = sources.filter((s) => pattern.test(code(s.text)));
    expect(hits.map((h) => path.relative(process.cwd(), h.file))).toEqual([]);
  });

  it.each(worksheetIds)('the engine does not name the worksheet "%s"', (id) => {
    const hits = sources.filter((s) => s.text.includes(id));
    expect(hits.map((h) => path.relative(process.cwd(), h.file))).toEqual([]);
  });
});
