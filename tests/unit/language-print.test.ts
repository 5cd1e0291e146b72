import type { List, Table } from 'mdast';
import { toString as mdToString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import explorerPrint from '../../src/components/LanguageExplorer.print.ts';
import dialoguePrint from '../../src/components/PracticeDialogue.print.ts';
import { loadDialogue } from '../../src/tools/dialogue/load.ts';
import { loadLanguageData } from '../../src/tools/language/load.ts';

const context = (locale: string) => ({
  locale,
  material: 'vieraskieliset',
  pageUrl: 'https://example.org/vieraskieliset/kielitaitotyokalu/',
  file: 'content/docs/vieraskieliset/kielitaitotyokalu.mdx',
});

describe('LanguageExplorer print form', () => {
  const data = loadLanguageData('vieraskieliset');

  it.each(['fi', 'en'])('lists every example task with its level per skill as a table (%s)', (locale) => {
    const blocks = explorerPrint({}, [], context(locale));
    const table = blocks.find((b): b is Table => b.type === 'table');
    if (!table) throw new Error('no table');
    expect(table.children).toHaveLength(data.tasks.length + 1);
    for (const [i, task] of data.tasks.entries()) {
      const cells = table.children[i + 1]?.children.map((c) => mdToString(c));
      expect(cells).toEqual([
        locale === 'fi' ? task.label.fi : task.label.en,
        ...data.skills.map((k) => task.demands[k.id]?.level),
      ]);
    }
    const text = blocks.map((b) => ('type' in b && b.type !== 'worksheet' ? mdToString(b) : '')).join('\n');
    expect(text).toContain(locale === 'fi' ? 'havainnollistavia esimerkkejä' : 'illustrative examples');
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
