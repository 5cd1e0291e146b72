import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pageHasWorksheet } from '#tools/studification/page-worksheet.ts';

describe('a summary next to its worksheet leaves out its own copy of the spec', () => {
  it('sees the worksheet on the pages that have it, and only the same id', () => {
    const report = readFileSync('content/docs/opinnollistaminen/tunnistamisraportti.mdx', 'utf8');
    expect(pageHasWorksheet(report, 'opin-tunnistamisraportti')).toBe(true);
    expect(pageHasWorksheet(report, 'opin-itsearviointi')).toBe(false);
    const progress = readFileSync('content/docs/opinnollistaminen/itsearviointi.mdx', 'utf8');
    expect(pageHasWorksheet(progress, 'opin-itsearviointi')).toBe(true);
    expect(pageHasWorksheet(`<Worksheet id='a.b' />`, 'a.b')).toBe(true);
    expect(pageHasWorksheet(`<Worksheet id="aXb" />`, 'a.b')).toBe(false);
    expect(pageHasWorksheet(undefined, 'a')).toBe(false);
  });
});
