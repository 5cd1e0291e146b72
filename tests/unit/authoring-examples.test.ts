import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseWorksheet } from '../../packages/starlight-guidebook/worksheets/load.ts';
import { fieldTypes } from '../../packages/starlight-guidebook/worksheets/schema.ts';

/** The worksheet examples in the authoring guides must be valid, and cover every field type. */
const yamlBlocks = (file: string) =>
  [...readFileSync(file, 'utf8').matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1] as string);

describe.each(['docs/AUTHORING.md', 'docs/AUTHORING.en.md'])('%s', (guide) => {
  const blocks = yamlBlocks(guide);

  it('shows a valid whole worksheet', () => {
    const whole = blocks.find((b) => b.startsWith('id: oma-suunnitelma'));
    expect(whole).toBeDefined();
    const result = parseWorksheet('content/worksheets/oma-suunnitelma.yaml', whole ?? '');
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('shows every field type with a valid example', () => {
    const fields = blocks.filter((b) => b.startsWith('- id:'));
    const indented = fields.map((f) => f.trimEnd().replace(/^/gm, '      ')).join('\n');
    const sheet = `id: esimerkit\nversion: 1\naudience: participant\nmaterial: opas\ntitle: { fi: Esimerkit }\nintro: { fi: Esimerkit }\nsections:\n  - title: { fi: Osa }\n    fields:\n${indented}`;
    const result = parseWorksheet('content/worksheets/esimerkit.yaml', sheet);
    expect(result.ok ? [] : result.problems).toEqual([]);
    if (!result.ok) return;
    const used = new Set(result.definition.sections.flatMap((s) => s.fields.map((f) => f.type)));
    expect([...used].sort()).toEqual([...fieldTypes].sort());
  });
});

/**
 * Every message the broken fixtures are tested to give: the package's (its broken-* scenarios in
 * packages/starlight-guidebook/__tests__/) and this site's (tests/fixtures/broken/).
 */
const packageTests = 'packages/starlight-guidebook/__tests__';
function fixtureMessages(): string[] {
  const broken = 'tests/fixtures/broken';
  const messages: string[] = [];
  const pages = `${packageTests}/broken-pages/fixtures`;
  for (const name of readdirSync(pages)) {
    const { expect: pieces } = JSON.parse(readFileSync(`${pages}/${name}/expect.json`, 'utf8')) as {
      expect: string[];
    };
    messages.push(...pieces);
  }
  const worksheets = `${packageTests}/broken-worksheets/fixtures`;
  for (const name of readdirSync(worksheets)) {
    const source = readFileSync(`${worksheets}/${name}`, 'utf8');
    const place = /^# expect-place: (.+)$/m.exec(source)?.[1];
    const reason = /^# expect-reason: (.+)$/m.exec(source)?.[1];
    messages.push(`${place}: ${reason}`);
  }
  const configs = `${packageTests}/broken-config/fixtures`;
  for (const name of readdirSync(configs)) {
    const f = JSON.parse(readFileSync(`${configs}/${name}`, 'utf8')) as Record<string, string>;
    messages.push(`${f.expectPlace}: ${f.expectReason}`);
  }
  const tools = JSON.parse(readFileSync(`${broken}/tool-data/fixtures.json`, 'utf8')) as { expect: string }[];
  messages.push(...tools.map((t) => t.expect));
  return messages;
}

describe.each([
  ['docs/AUTHORING.md', '## Mitä koonti tarkistaa'],
  ['docs/AUTHORING.en.md', '## What the build checks'],
])('%s: what the build checks', (guide, heading) => {
  const text = readFileSync(guide, 'utf8');
  const section = text.slice(text.indexOf(heading), text.indexOf('\n## ', text.indexOf(heading) + 1));
  const rows = section.split('\n').filter((line) => line.startsWith('| ') && !/^\| (tarkistus|check) \|/.test(line));
  const messages = fixtureMessages();

  it('lists the checks', () => {
    expect(rows.length).toBeGreaterThanOrEqual(20);
  });

  // The examples are the real messages: each piece is one that a fixture is tested to give.
  it.each(rows.map((row) => [row.split(' | ')[0]?.slice(2) ?? '', row] as const))('%s', (_check, row) => {
    const cell = row.split(' | ').slice(1).join(' | ');
    const pieces = [...cell.matchAll(/``(.+?)``|`([^`]+)`/g)].map((m) => (m[1] ?? m[2] ?? '').replaceAll('│', '|'));
    expect(pieces.length).toBeGreaterThan(0);
    for (const piece of pieces) {
      expect(
        messages.some((m) => m.includes(piece)),
        `"${piece}" is no fixture's tested message`,
      ).toBe(true);
    }
  });
});
