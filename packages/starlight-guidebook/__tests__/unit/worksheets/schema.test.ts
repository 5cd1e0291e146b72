import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadWorksheets, parseWorksheet } from '../../../worksheets/load.ts';
import { fieldTypes } from '../../../worksheets/schema.ts';

// Relative to the project root, as the build names files.
const dir = path.relative(process.cwd(), path.join(import.meta.dirname, '../../fixtures/worksheets'));
const parse = (name: string) => {
  const file = `${dir}/${name}.yaml`;
  // Held against a Finnish-rooted site's locales, as this site's build does.
  const result = parseWorksheet(file, readFileSync(file, 'utf8'), ['fi', 'en']);
  // Schema problems carry the line of the node (`file:12:9: path: reason`); compared here without it.
  return result.ok ? [] : result.problems.map((p) => p.replace(/^([^:]+):\d+:\d+: (?!invalid YAML)/, '$1: '));
};
const at = (name: string) => `${dir}/${name}.yaml`;

describe('broken worksheet definitions fail with file, path and reason', () => {
  it.each([
    [
      'duplicate-ids',
      `${at('duplicate-ids')}: sections[1].fields[1] (id "nimi").id: duplicate field id "nimi" (first used at sections[0].fields[0])`,
    ],
    [
      'scale-min-max',
      `${at('scale-min-max')}: sections[1].fields[3] (id "tavoite"): scale min 5 is greater than max 1`,
    ],
    [
      'empty-choices',
      `${at('empty-choices')}: sections[0].fields[0] (id "valinta").options: a choice field needs at least two options`,
    ],
    ['missing-fi', `${at('missing-fi')}: sections[0].title: the fi text is missing (fi is the site's root locale)`],
    [
      'unknown-type',
      `${at('unknown-type')}: sections[0].fields[0] (id "liuku").type: type must be one of: ${fieldTypes.join(', ')}`,
    ],
    [
      'duplicate-options',
      `${at('duplicate-options')}: sections[0].fields[0].options[1] (id "a").id: duplicate option id "a"`,
    ],
    [
      'step-labels',
      `${at('step-labels')}: sections[0].fields[0] (id "asteikko").stepLabels: stepLabels has 2 labels but the scale has 3 steps`,
    ],
    ['wrong-file-name', `${at('wrong-file-name')}: id: id "other-name" must match the file name "wrong-file-name"`],
    [
      'unknown-key',
      `${at('unknown-key')}: sections[0].fields[0] (id "nimi").placeholder: unknown key "placeholder"; known keys: id, label, help, required, type`,
    ],
  ])('%s', (name, message) => {
    expect(parse(name)).toEqual([message]);
  });

  it('reports every empty list of a field at once', () => {
    expect(parse('empty-table')).toEqual([
      `${at('empty-table')}: sections[0].fields[0] (id "taulu").columns: a table needs at least one column`,
      `${at('empty-table')}: sections[0].fields[1] (id "matriisi").rows: a matrix needs at least one row`,
      `${at('empty-table')}: sections[0].fields[2] (id "lista").items: a checklist needs at least one item`,
    ]);
  });

  it('reports invalid YAML with line and column', () => {
    const problems = parse('bad-yaml');
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]?.startsWith(`${at('bad-yaml')}:3:1: invalid YAML: Flow map`)).toBe(true);
  });

  it('gives the line and column of the field a schema problem is about', () => {
    const file = at('scale-min-max');
    // Held against a Finnish-rooted site's locales, as this site's build does.
    const result = parseWorksheet(file, readFileSync(file, 'utf8'), ['fi', 'en']);
    expect(result.ok ? [] : result.problems).toEqual([
      expect.stringMatching(/^[^:]+:\d+:\d+: sections\[1\]\.fields\[3\]/),
    ]);
  });

  it('every fixture is rejected', () => {
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.yaml'))) {
      expect(parse(path.basename(name, '.yaml')).length, name).toBeGreaterThan(0);
    }
  });

  it('loadWorksheets throws one error listing the problems of all files', async () => {
    await expect(loadWorksheets(process.cwd(), dir)).rejects.toThrow(
      /Worksheet definitions are not valid:\n {2}\S*fixtures\/worksheets/,
    );
    const error = (await loadWorksheets(process.cwd(), dir).then(
      () => ({ problems: [] }),
      (e: unknown) => e,
    )) as { problems: string[] };
    expect(error.problems.length).toBeGreaterThanOrEqual(11);
  });
});
