import { readFileSync } from 'node:fs';
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
