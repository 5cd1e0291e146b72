import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type BuildResult,
  buildSite,
  copySite,
  removeCopies,
} from '../../packages/starlight-guidebook/__tests__/support/fixture-site.ts';
import { newPage } from '../../scripts/new-page.ts';
import { newWorksheet } from '../../scripts/new-worksheet.ts';

/**
 * This repository's scaffolding scripts (npm run new:page, new:worksheet) write files a real build
 * accepts: a copy of examples/minimal with a scaffolded page pair and worksheet added builds, with
 * the pages in both locales and nothing an author would have to act on. Built with the package's
 * fixture-site helper; the package's own broken-page fixtures are in its broken-pages scenario.
 */
const exampleRoot = path.resolve(import.meta.dirname, '../../examples/minimal');
let build: BuildResult | undefined;

beforeAll(async () => {
  const root = copySite({ base: exampleRoot });
  newPage(root, 'kasvimaa/kastelu', ['fi', 'en']);
  newWorksheet(root, 'kastelulista', 'kasvimaa');
  build = await buildSite(root, path.join(root, '.work'));
}, 600_000);

afterAll(() => removeCopies());

describe('a guidebook with a scaffolded page and worksheet added', () => {
  it('builds, with the new page in both locales and no warning', () => {
    expect(build?.code, build?.output.slice(-3000)).toBe(0);
    expect(existsSync(path.join(build?.outDir ?? '', 'kasvimaa/kastelu/index.html'))).toBe(true);
    expect(existsSync(path.join(build?.outDir ?? '', 'en/kasvimaa/kastelu/index.html'))).toBe(true);
    const warnings = (build?.output ?? '').split('\n').filter((line) => /\[WARN\]|\bwarning\b/i.test(line));
    expect(warnings).toEqual([]);
  });
});
