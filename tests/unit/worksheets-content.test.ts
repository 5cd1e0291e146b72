import { fieldTypes } from 'starlight-guidebook/worksheets';
import { loadWorksheets } from 'starlight-guidebook/worksheets/load';
import { describe, expect, it } from 'vitest';

/** This site's worksheets: valid against its own locales, and three that show every field type. */
describe('the shipped worksheets', () => {
  it('are all valid, and the three examples together use every field type', async () => {
    const sheets = await loadWorksheets(process.cwd(), undefined, ['fi', 'en']);
    const examples = sheets.filter((s) =>
      ['oma-tilanne-nyt', 'tyonantajan-valmiudet', 'valmennuksen-suunnitelma'].includes(s.definition.id),
    );
    expect(examples).toHaveLength(3);
    expect(new Set(examples.map((s) => s.definition.audience))).toEqual(new Set(['participant', 'employer', 'coach']));
    const used = new Set(
      examples.flatMap((s) => s.definition.sections.flatMap((sec) => sec.fields.map((f) => f.type))),
    );
    expect([...used].sort()).toEqual([...fieldTypes].sort());
  });

  it('the examples have English for every text', async () => {
    const sheets = await loadWorksheets(process.cwd(), undefined, ['fi', 'en']);
    for (const id of ['oma-tilanne-nyt', 'tyonantajan-valmiudet', 'valmennuksen-suunnitelma']) {
      const def = sheets.find((s) => s.definition.id === id)?.definition;
      const missing: string[] = [];
      const walk = (v: unknown, p: string) => {
        if (v && typeof v === 'object') {
          const o = v as Record<string, unknown>;
          if (typeof o.fi === 'string' && typeof o.en !== 'string') missing.push(p);
          for (const [k, x] of Object.entries(o)) walk(x, `${p}.${k}`);
        }
      };
      walk(def, id);
      expect(missing).toEqual([]);
    }
  });
});
