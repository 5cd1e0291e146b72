import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DataError, formatProblem, parseData } from '../../schemas/data-file.ts';
import { nearest } from '../../schemas/nearest.ts';
import { objectLiteralPositions } from '../../schemas/object-literal.ts';

const schema = z.strictObject({
  title: z.string(),
  version: z.number().int(),
  items: z.array(z.strictObject({ id: z.string(), label: z.string(), kind: z.enum(['note', 'tip']) })).min(1),
  web: z.url().optional(),
  flag: z.union([z.boolean(), z.url()]).optional(),
});

const problems = (source: string) => {
  const parsed = parseData('data/x.yaml', source, schema);
  return parsed.ok ? [] : parsed.problems.map(formatProblem);
};

describe('nearest', () => {
  it('suggests the closest known word within a few edits', () => {
    expect(nearest('titel', ['title', 'description'])).toBe('title');
    expect(nearest('colors', ['colours', 'title'])).toBe('colours');
    expect(nearest('codeHighlight', ['codeHighlighting', 'colours'])).toBe('codeHighlighting');
    expect(nearest('Title', ['title'])).toBe('title');
    expect(nearest('foo', ['title', 'description'])).toBeUndefined();
  });
});

describe('parseData: one plain reason with file, line and column', () => {
  const good = 'title: T\nversion: 1\nitems:\n  - id: a\n    label: A\n    kind: note\n';

  it('accepts valid data', () => {
    expect(parseData('data/x.yaml', good, schema)).toEqual({ ok: true, data: expect.objectContaining({ title: 'T' }) });
  });

  it('names an unknown key at its own line with the nearest known key', () => {
    expect(problems(`${good}    lable: B\n`)).toEqual([
      'data/x.yaml:7:5: items[0] (id "a").lable: unknown key "lable" (did you mean "label"?)',
    ]);
  });

  it('says what was expected and what was found', () => {
    expect(problems(good.replace('title: T', 'title: 3'))).toEqual([
      'data/x.yaml:1:8: title: expected text, found the number 3',
    ]);
    expect(problems(good.replace('version: 1', 'version: yksi'))).toEqual([
      'data/x.yaml:2:10: version: expected a number, found the text "yksi"',
    ]);
    expect(problems(good.replace('kind: note', 'kind: nte'))).toEqual([
      'data/x.yaml:6:11: items[0] (id "a").kind: expected one of "note", "tip", found the text "nte" (did you mean "note"?)',
    ]);
    expect(problems(`${good}web: kotisivu\n`)).toEqual([
      'data/x.yaml:7:6: web: expected a web address (https://…), found the text "kotisivu"',
    ]);
    expect(problems(`${good}flag: 3\n`)).toEqual([
      'data/x.yaml:7:7: flag: expected true or false or text, found the number 3',
    ]);
  });

  it('points a missing key at its parent and an empty list at the list', () => {
    expect(problems('version: 1\nitems: []\n')).toEqual([
      'data/x.yaml:1:1: title: missing; expected text',
      'data/x.yaml:2:8: items: needs at least 1 item, found an empty list',
    ]);
  });

  it('reports YAML syntax errors and empty files', () => {
    expect(problems('title: [T\n')[0]).toMatch(/^data\/x\.yaml:\d+:\d+: invalid YAML: /);
    expect(problems('')).toEqual(['data/x.yaml: the file is empty']);
  });

  it('adds the lines before the text (frontmatter after its --- line)', () => {
    const parsed = parseData('page.mdx', 'titel: T\n', z.strictObject({ title: z.string() }), { lineOffset: 1 });
    expect(parsed.ok ? [] : parsed.problems.map(formatProblem)).toEqual([
      'page.mdx:2:1: titel: unknown key "titel" (did you mean "title"?)',
    ]);
  });

  it('throws a DataError whose message holds every problem once, without a stack', () => {
    const error = new DataError(['a.yaml:1:1: x: reason'], 'Data is not valid');
    expect(error.message).toBe('Data is not valid:\n  a.yaml:1:1: x: reason');
    expect(error.stack).toBe('');
  });
});

describe('objectLiteralPositions', () => {
  it('finds keys and list items of an object literal in TypeScript source', () => {
    const source = [
      "import { defineSiteConfig } from './x.ts';",
      '// a comment with { braces }',
      'export default defineSiteConfig({',
      "  url: process.env.URL ?? 'https://example.org', // { not a key: }",
      "  title: { fi: 'Otsikko, pilkulla', en: `x` },",
      '  materials: [',
      "    { slug: 'a', title: { fi: 'A' } },",
      "    { slug: 'b' },",
      '  ],',
      "  'quoted': true,",
      '});',
    ].join('\n');
    const at = objectLiteralPositions(source, source.indexOf('defineSiteConfig('));
    expect(at.get('url')).toEqual({ line: 4, col: 3 });
    expect(at.get('title.en')).toEqual({ line: 5, col: 37 });
    expect(at.get('materials[1]')).toEqual({ line: 8, col: 5 });
    expect(at.get('materials[1].slug')).toEqual({ line: 8, col: 7 });
    expect(at.get('materials[0].title.fi')).toEqual({ line: 7, col: 27 });
    expect(at.get('quoted')).toEqual({ line: 10, col: 3 });
    expect(at.has('not')).toBe(false);
  });
});
