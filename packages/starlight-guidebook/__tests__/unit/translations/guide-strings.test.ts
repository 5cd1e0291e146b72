import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { guideTranslator, loadGuideStrings } from '../../../translations/site.ts';

/** A guide with its own content/i18n files, in a temporary folder. */
function guideWith(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'guide-strings-'));
  mkdirSync(path.join(root, 'content/i18n'), { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(root, 'content/i18n', name), text);
  return root;
}

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

describe('guideTranslator (print forms outside Astro)', () => {
  it('layers the engine, the guide root language and the guide language as Starlight does', () => {
    const root = guideWith({
      'sv.json': JSON.stringify({ 'tools.own': 'egen', 'guidebook.pdf.worksheet': 'Arbetsblad (guide)' }),
      'en.yml': 'tools.own: own\ntools.rootOnly: only in English\n',
    });
    roots.push(root);
    const t = guideTranslator(root, 'sv', 'en');
    expect(t('tools.own')).toBe('egen');
    expect(t('tools.rootOnly')).toBe('only in English');
    expect(t('guidebook.pdf.worksheet')).toBe('Arbetsblad (guide)');
    expect(() => t('tools.missing')).toThrow(/No interface string "tools.missing" in content\/i18n\/sv/);
  });

  it('uses what loadGuideStrings read in the same run instead of reading the files again', () => {
    const root = guideWith({ 'fi.json': JSON.stringify({ 'tools.own': 'ensimmäinen' }) });
    roots.push(root);
    loadGuideStrings(root, ['fi']);
    writeFileSync(path.join(root, 'content/i18n/fi.json'), JSON.stringify({ 'tools.own': 'toinen' }));
    expect(guideTranslator(root, 'fi', 'fi')('tools.own')).toBe('ensimmäinen');
    // The next run's load reads the files again.
    loadGuideStrings(root, ['fi']);
    expect(guideTranslator(root, 'fi', 'fi')('tools.own')).toBe('toinen');
  });

  it('reports a broken strings file with its name', () => {
    const root = guideWith({ 'fi.json': JSON.stringify({ 'tools.own': 3 }) });
    roots.push(root);
    expect(() => guideTranslator(root, 'fi', 'fi')).toThrow(/content\/i18n\/fi\.json/);
  });
});
