import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseWorksheet } from '../../packages/starlight-guidebook/worksheets/load.ts';
import { newPage, titleFromSlug } from '../../scripts/new-page.ts';
import { newWorksheet } from '../../scripts/new-worksheet.ts';

const tempRoot = () => mkdtempSync(path.join(tmpdir(), 'scaffold-'));

describe('npm run new:worksheet', () => {
  it('writes a valid definition with Finnish and English texts', () => {
    const root = tempRoot();
    const { file } = newWorksheet(root, 'oma-suunnitelma', 'opas');
    expect(file).toBe('content/worksheets/oma-suunnitelma.yaml');
    const text = readFileSync(path.join(root, file), 'utf8');
    const parsed = parseWorksheet(file, text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.definition.id).toBe('oma-suunnitelma');
    expect(parsed.definition.material).toBe('opas');
    for (const section of parsed.definition.sections) {
      for (const field of section.fields) {
        expect(field.label?.fi).toBeTruthy();
        expect(field.label?.en).toBeTruthy();
      }
    }
  });

  it('refuses to overwrite an existing worksheet (.yaml or .yml)', () => {
    const root = tempRoot();
    newWorksheet(root, 'lomake', 'opas');
    writeFileSync(path.join(root, 'content/worksheets/toinen.yml'), 'id: toinen\n');
    expect(() => newWorksheet(root, 'lomake', 'opas')).toThrow(/already exists; not overwriting/);
    expect(() => newWorksheet(root, 'toinen', 'opas')).toThrow(/toinen\.yml already exists/);
    expect(readFileSync(path.join(root, 'content/worksheets/toinen.yml'), 'utf8')).toBe('id: toinen\n');
  });

  it('rejects an id that is not a valid file name', () => {
    expect(() => newWorksheet(tempRoot(), 'Oma Lomake', 'opas')).toThrow(/not a valid worksheet id/);
    expect(() => newWorksheet(tempRoot(), 'lomake', 'Opas')).toThrow(/not a valid material slug/);
    expect(() => newWorksheet(tempRoot(), 'lomake', 'opsa', ['opas', 'mentorointi'])).toThrow(
      /"opsa" is not a material in site\.config\.ts \(did you mean "opas"\?\)/,
    );
  });
});

describe('npm run new:page', () => {
  const frontmatter = (text: string) => parse(text.split('---')[1] ?? '') as Record<string, unknown>;

  it('writes the page in every locale with a title and a description', () => {
    const root = tempRoot();
    const files = newPage(root, 'opas/kokeilun-kulku', ['fi', 'en', 'sv']);
    expect(files).toEqual([
      'content/docs/opas/kokeilun-kulku.mdx',
      'content/docs/en/opas/kokeilun-kulku.mdx',
      'content/docs/sv/opas/kokeilun-kulku.mdx',
    ]);
    const fi = readFileSync(path.join(root, files[0] as string), 'utf8');
    const en = readFileSync(path.join(root, files[1] as string), 'utf8');
    expect(frontmatter(fi)).toMatchObject({ title: 'Kokeilun kulku' });
    expect(frontmatter(fi).description).toMatch(/kuvaus/);
    expect(frontmatter(en).description).toMatch(/description/);
    expect(fi).toContain('<small>Lähteet:');
    expect(en).toContain('<small>Sources:');
  });

  it('refuses to overwrite, and then writes nothing at all', () => {
    const root = tempRoot();
    newPage(root, 'opas/roolit', ['fi']);
    expect(() => newPage(root, 'opas/roolit', ['fi', 'en'])).toThrow(/opas\/roolit\.mdx already exists/);
    // The English page was not written either.
    expect(() => readFileSync(path.join(root, 'content/docs/en/opas/roolit.mdx'))).toThrow();
    newPage(root, 'opas/index', ['fi']);
    expect(() => newPage(root, 'opas', ['fi'])).toThrow(/opas\/index\.mdx already exists/);
  });

  it('rejects paths that are not slugs', () => {
    expect(() => newPage(tempRoot(), 'Opas/Kokeilu', ['fi'])).toThrow(/not a valid page path/);
    expect(() => newPage(tempRoot(), '../ulos', ['fi'])).toThrow(/not a valid page path/);
  });

  it('makes a readable placeholder title from the slug', () => {
    expect(titleFromSlug('opas/kokeilun-kulku')).toBe('Kokeilun kulku');
  });
});
