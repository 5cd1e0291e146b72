import { beforeAll, describe, expect, it } from 'vitest';
import { readRules } from '../../src/tools/trial-rules/source.ts';
import { assertBuilt, readDist } from '../support/dist.ts';

/** The rules box shows on the employer's and participant's pages and in the guide, with every source linked. */

beforeAll(assertBuilt);

const pages = [
  ['fi', 'tyonantajalle/index.html'],
  ['fi', 'kokeilijalle/index.html'],
  ['fi', 'opas/mita-kokeilu-on/index.html'],
  ['en', 'en/tyonantajalle/index.html'],
  ['en', 'en/kokeilijalle/index.html'],
  ['en', 'en/opas/mita-kokeilu-on/index.html'],
] as const;

/** The addresses the Markdown source links to, as they appear in HTML (& escaped). */
function sourceUrls(lang: string): string[] {
  const { source } = readRules(lang);
  return [...new Set([...source.matchAll(/\]\((https?:\/\/[^)\s]+)\)/g)].map((m) => m[1] ?? ''))];
}

describe('the rules box on the built pages', () => {
  it.each(pages)('%s %s shows the box once, with every source as a link', (lang, page) => {
    const html = readDist(page);
    expect(html.match(/data-trial-rules/g)).toHaveLength(1);
    const box = html.slice(html.indexOf('data-trial-rules'));
    const urls = sourceUrls(lang);
    expect(urls.length).toBeGreaterThan(8);
    for (const url of urls) expect(box, url).toContain(`href="${url.replaceAll('&', '&amp;')}"`);
    expect(box).toContain(lang === 'fi' ? 'tarkistettu 6.12.2026' : 'checked on 6 December 2026');
  });
});
