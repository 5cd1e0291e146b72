import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { stringsUnder, tableFor } from '../../../translations/index.ts';
import {
  clientStringKeys,
  clientStrings,
  roundsStringKeys,
  transferStringKeys,
  transferStrings,
} from '../../../worksheets/strings.ts';

const source = (file: string) => readFileSync(new URL(`../../../worksheets/${file}`, import.meta.url), 'utf8');

/** The strings a browser script reads: t.key, formatCount(t, lang, 'key') and savedNote's two. */
function usedBy(file: string): Set<string> {
  const code = source(file);
  const used = new Set<string>();
  for (const m of code.matchAll(/\bt\.([a-zA-Z]+)\b/g)) used.add(m[1] ?? '');
  for (const m of code.matchAll(/formatCount\(\s*[\w.]+,\s*[\w.]+,\s*'(\w+)'/g)) {
    used.add(`${m[1]}_one`);
    used.add(`${m[1]}_other`);
  }
  if (/savedNote\(/.test(code)) for (const k of ['savedAt', 'savedOn']) used.add(k);
  return used;
}

describe("the worksheet scripts' strings", () => {
  it('the page carries every string the form reads from the first paint, and no other', () => {
    const used = new Set([...usedBy('client.ts'), ...usedBy('client-chart.ts')]);
    expect(used.size).toBeGreaterThan(15);
    // The line of the current round, which the form writes itself (showRounds) until the rounds
    // view loads, is read only for a repeatable worksheet: its page carries the rounds' strings.
    const repeatableOnly = ['roundNow'];
    for (const key of repeatableOnly) {
      expect(used, key).toContain(key);
      expect(roundsStringKeys, key).toContain(key);
      used.delete(key);
    }
    for (const key of used) expect(clientStringKeys, key).toContain(key);
    for (const lang of ['fi', 'en']) {
      const all = stringsUnder(tableFor(lang), 'guidebook.worksheet.');
      const s = clientStrings(all);
      for (const key of used) expect(s[key as keyof typeof s], `${lang} ${key}`).toBe(all[key as keyof typeof all]);
      // Strings only the markup or export and import need stay out of the page's data.
      expect(s).not.toHaveProperty('noScript');
      expect(s).not.toHaveProperty('importSummary_one');
    }
  });

  it("a repeatable worksheet's page also carries every string its rounds view reads", () => {
    const used = usedBy('rounds-view.ts');
    expect(used.size).toBeGreaterThan(10);
    const both = [...clientStringKeys, ...roundsStringKeys] as string[];
    for (const key of used) expect(both, key).toContain(key);
    const all = stringsUnder(tableFor('fi'), 'guidebook.worksheet.');
    const s = clientStrings(all, { repeatable: true });
    for (const key of used) expect(s[key as keyof typeof s], key).toBe(all[key as keyof typeof all]);
    expect(clientStrings(all)).not.toHaveProperty('roundLabel');
  });

  it('export and import fetch every string they read, and the import errors', () => {
    const used = usedBy('client-transfer.ts');
    expect(used.size).toBeGreaterThan(10);
    for (const key of used) expect(transferStringKeys, key).toContain(key);
    for (const lang of ['fi', 'en']) {
      const all = stringsUnder(tableFor(lang), 'guidebook.worksheet.');
      const s = transferStrings(all);
      for (const key of used) expect(s[key as keyof typeof s], `${lang} ${key}`).toBe(all[key as keyof typeof all]);
      expect(s['err.notJson']).toBe(all['err.notJson']);
      expect(s).not.toHaveProperty('progress');
    }
  });
});
