import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import siteConfig from '../../site.config.ts';

/**
 * The engine knows nothing of this project: no name, organisation, material or page of
 * site.config.ts is written into src/ (another project swaps content/ and the config only).
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

describe('engine audit', () => {
  const sources = files(path.resolve('src')).map((file) => ({ file, text: readFileSync(file, 'utf8') }));

  it.each([...new Set(names)])('src/ does not name "%s"', (name) => {
    const hits = sources.filter((s) => s.text.toLocaleLowerCase('fi').includes(name.toLocaleLowerCase('fi')));
    expect(hits.map((h) => path.relative(process.cwd(), h.file))).toEqual([]);
  });

  it.each([...new Set(slugs)])('src/ does not use the page or material "%s"', (slug) => {
    // As a path or a string: '/opas/', "opas", `opas/…`.
    const pattern = new RegExp(`(['"\`/])${escapeRegExp(slug)}(['"\`/])`);
    const hits = sources.filter((s) => pattern.test(code(s.text)));
    expect(hits.map((h) => path.relative(process.cwd(), h.file))).toEqual([]);
  });
});
