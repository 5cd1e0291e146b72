import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { stringsUnder, tableFor } from '../../../translations/index.ts';
import { clientStringKeys, clientStrings } from '../../../worksheets/strings.ts';

const source = (file: string) => readFileSync(new URL(`../../../worksheets/${file}`, import.meta.url), 'utf8');

describe("the worksheet script's strings", () => {
  it('hold every string the browser scripts read, and the import errors', () => {
    const used = new Set<string>();
    for (const file of ['client.ts', 'client-transfer.ts', 'client-chart.ts']) {
      const code = source(file);
      // this.t.key, sheet.t.key, t.key
      for (const m of code.matchAll(/\bt\.([a-zA-Z]+)\b/g)) used.add(m[1] ?? '');
      // formatCount(t, lang, 'key', …) reads key_one and key_other.
      for (const m of code.matchAll(/formatCount\(\s*[\w.]+,\s*[\w.]+,\s*'(\w+)'/g)) {
        used.add(`${m[1]}_one`);
        used.add(`${m[1]}_other`);
      }
      // savedNote(…, this.t) reads these two.
      if (/savedNote\(/.test(code)) for (const k of ['savedAt', 'savedOn']) used.add(k);
    }
    expect(used.size).toBeGreaterThan(20);
    for (const key of used) expect(clientStringKeys, key).toContain(key);
    for (const lang of ['fi', 'en']) {
      const all = stringsUnder(tableFor(lang), 'guidebook.worksheet.');
      const s = clientStrings(all);
      for (const key of used) expect(s[key as keyof typeof s], `${lang} ${key}`).toBe(all[key as keyof typeof all]);
      expect(s['err.notJson']).toBe(all['err.notJson']);
      // Strings only the markup needs stay out of the page's data.
      expect(s).not.toHaveProperty('noScript');
    }
  });
});
