import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  analyseWithVoikko,
  formsFilePath,
  parseWordTable,
  siteWordForms,
  voikkoAvailable,
  voikkoInstall,
  wordTableFile,
} from 'starlight-guidebook/search';
import { beforeAll, describe, expect, it } from 'vitest';
import siteConfig from '../../site.config.ts';
import { assertBuilt, distDir, readDist } from '../support/dist.ts';

beforeAll(assertBuilt);

const outOfDate =
  'the word table is out of date: run `npm run build && npm run search:words`, build again and commit it';

describe.each(Object.entries(siteConfig.searchBaseForms))('search by base form in "%s"', (locale, options) => {
  const table = parseWordTable(readFileSync(wordTableFile(locale), 'utf8'), wordTableFile(locale));

  it('the word table lists exactly the word forms of the built pages', () => {
    const forms = siteWordForms(distDir, locale);
    const missing = [...forms].filter((f) => !table.forms.has(f)).sort();
    const gone = [...table.forms.keys()].filter((f) => !forms.has(f)).sort();
    expect({ missing: missing.slice(0, 30), gone: gone.slice(0, 30) }, outOfDate).toEqual({ missing: [], gone: [] });
  });

  it('the word table holds what the analyser says of each form today', async (context) => {
    const language = options.language ?? locale;
    if (!(await voikkoAvailable(language))) {
      // CI installs Voikko (.ci/run); elsewhere the table is checked where the analyser is.
      if (process.env.CI) throw new Error(`Voikko is needed to check ${wordTableFile(locale)}: ${voikkoInstall}`);
      context.skip();
    }
    const now = await analyseWithVoikko([...table.forms.keys()], language);
    expect(now.analyser, outOfDate).toBe(table.analyser);
    const differing = [...table.forms].filter(
      ([form, was]) => JSON.stringify(now.forms.get(form)) !== JSON.stringify(was),
    );
    expect(differing.slice(0, 20), outOfDate).toEqual([]);
  }, 60_000);

  it('the pages of the locale carry their keys in a hidden block inside the indexed region', () => {
    const html = readDist(locale === siteConfig.locales[0]?.code ? 'index.html' : `${locale}/index.html`);
    expect(html).toMatch(
      /<main data-pagefind-body[^>]*>[\s\S]*<div hidden aria-hidden="true" data-search-keys>[^<]+<\/div><\/main>/,
    );
  });

  it('the browser table of word forms is published', () => {
    const file = path.join(distDir, formsFilePath(locale));
    const forms = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
    expect(Object.keys(forms).length).toBeGreaterThan(100);
  });
});

describe('locales without an analyser', () => {
  const others = siteConfig.locales.map((l) => l.code).filter((code) => !(code in siteConfig.searchBaseForms));

  it.each(others)('"%s" pages carry no keys and get no table (Pagefind’s own stemming)', (locale) => {
    expect(readDist(`${locale}/index.html`)).not.toContain('data-search-keys');
    expect(existsSync(path.join(distDir, formsFilePath(locale)))).toBe(false);
  });
});
