import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, distDir } from '../support/dist.ts';
import { pageCode } from '../support/page-code.ts';

/**
 * Issue 23's page-weight goal, checked on the built files (the bench measures the same in Chromium
 * against plain Starlight): what a page loads before it is used, JavaScript and inline data gzip,
 * at most 10 KB over plain Starlight. A reading page loads what plain Starlight loads and 0.8 KB
 * more (the search button's patch and the service worker's registration), so every page type is
 * held to 9 KB over a reading page of the same build.
 */
beforeAll(assertBuilt);

const reading = '/opas/';
const pageTypes = [
  '/',
  '/tulevaisuusvalmennus/oma-tilanne-nyt/',
  '/lataukset/',
  '/opas/kokeilun-suunnittelija/',
  '/mentorointi/mentorin-kortti/',
  '/opinnollistaminen/vaiheet/',
  '/opinnollistaminen/itsearviointi/',
  '/opinnollistaminen/tunnistamisraportti/',
  '/vieraskieliset/harjoittelu/',
  '/vieraskieliset/kielitaitotyokalu/',
  '/omat-lomakkeet/',
];
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
/**
 * Pages not yet within the goal (docs/PERFORMANCE.md says why), each held to what it loads today
 * so that it can only get lighter: KB over a reading page. (What a page loads on demand at once,
 * such as a repeatable worksheet's rounds view before it waited for earlier rounds, is not seen
 * here: the bench measures it in the browser.)
 */
const notYet: Record<string, number> = {
  '/tulevaisuusvalmennus/oma-tilanne-nyt/': 11.1,
  // (0.1 KB more than before since the two summaries' start code is one shared file, lazy.ts.)
  '/opinnollistaminen/itsearviointi/': 11.3,
  '/opinnollistaminen/tunnistamisraportti/': 11.5,
  '/omat-lomakkeet/': 25,
};

describe('page weight', () => {
  it('every page type loads at most 9 KB gzip of code and inline data more than a reading page (the pages not yet within it no more than today)', () => {
    const base = pageCode(distDir, reading).total;
    const over = pageTypes.flatMap((page) => {
      const code = pageCode(distDir, page);
      const extra = code.total - base;
      const files = [...code.files].map(([f, b]) => `${path.basename(f)} ${kb(b)}`).join(', ');
      return extra > (notYet[page] ?? 9) * 1024
        ? [`${page}: +${kb(extra)} (JSON ${kb(code.inlineJson)}; ${files})`]
        : [];
    });
    expect(over).toEqual([]);
  });

  it('no page loads the definition schema (zod) into the browser', () => {
    for (const page of [reading, ...pageTypes]) {
      for (const file of pageCode(distDir, page).files.keys()) {
        const code = readFileSync(path.join(distDir, file), 'utf8');
        expect(/\$ZodType|ZodError/.test(code), `${page}: ${file}`).toBe(false);
      }
    }
  });
});
