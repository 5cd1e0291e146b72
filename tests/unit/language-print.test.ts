import type { List, Table } from 'mdast';
import { toString as mdToString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { loadDialogue } from '../../src/tools/dialogue/load.ts';
import dialoguePrint from '../../src/tools/dialogue/PracticeDialogue.print.ts';
import explorerPrint from '../../src/tools/language/LanguageExplorer.print.ts';
import { loadLanguageData } from '../../src/tools/language/load.ts';
import { printContext } from './support/print-context.ts';

const context = (locale: string) =>
  printContext(locale, {
    material: 'vieraskieliset',
    pageUrl: 'https://example.org/vieraskieliset/kielitaitotyokalu/',
    file: 'content/docs/vieraskieliset/kielitaitotyokalu.mdx',
  });

describe('LanguageExplorer print form', () => {
  const data = loadLanguageData('vieraskieliset');

  it.each(['fi', 'en'])('gives every example task a table of its level per skill (%s)', (locale) => {
    const blocks = explorerPrint({}, [], context(locale));
    const tables = blocks.filter((b): b is Table => b.type === 'table');
    expect(tables).toHaveLength(data.tasks.length);
    for (const [i, task] of data.tasks.entries()) {
      const rows = tables[i]?.children.slice(1).map((r) => r.children.map((c) => mdToString(c)));
      expect(rows?.map((r) => r[1])).toEqual(data.skills.map((k) => task.demands[k.id]?.level));
      expect(rows?.[0]?.[2]).toBe(locale === 'fi' ? task.demands.listening?.note.fi : task.demands.listening?.note.en);
    }
    const text = blocks.map((b) => ('type' in b && b.type !== 'worksheet' ? mdToString(b) : '')).join('\n');
    expect(text).toContain(locale === 'fi' ? 'havainnollistavia esimerkkejä' : 'illustrative examples');
    expect(text).toContain(locale === 'fi' ? 'Siivous asiakkaan tiloissa' : 'Warehouse picking');
    expect(text).toContain('https://example.org/vieraskieliset/kielitaitotyokalu/');
  });
});

describe('PracticeDialogue print form', () => {
  it('prints the script as a numbered list with the choices as a list under each line', () => {
    const dialogue = loadDialogue('vieraskieliset', 'tehty-tyo');
    const blocks = dialoguePrint({ id: 'tehty-tyo' }, [], context('fi'));
    expect(blocks[0]).toMatchObject({ type: 'heading', depth: 3 });
    const list = blocks.find((b): b is List => b.type === 'list' && b.ordered === true);
    if (!list) throw new Error('no list');
    expect(list.children).toHaveLength(dialogue.steps.length);
    const first = list.children[0];
    const choices = first?.children.find((c): c is List => c.type === 'list');
    expect(choices?.children).toHaveLength(dialogue.steps[0]?.choices.length ?? 0);
    const text = mdToString(list);
    expect(text).toContain('Keräsin kahdeksan tilausta');
    expect(text).toContain('jatkuu kohtaan');
    expect(text).toContain('yritä uudelleen samassa kohdassa');
  });

  it('adds translations on the English page and fails clearly without an id', () => {
    const text = dialoguePrint({ id: 'sairastuminen' }, [], context('en'))
      .map((b) => ('type' in b && b.type !== 'worksheet' ? mdToString(b) : ''))
      .join('\n');
    expect(text).toContain('Olen sairas enkä pääse tänään töihin. (Hello, this is [your name]. I am ill');
    expect(() => dialoguePrint({}, [], context('fi'))).toThrow(/needs id/);
  });
});
