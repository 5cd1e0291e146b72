import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gapChartSvg } from '../../src/tools/language/chart.ts';
import { computeGaps, gapOf, levelIndex, suggestPractice } from '../../src/tools/language/gaps.ts';
import { loadLanguageData } from '../../src/tools/language/load.ts';
import { crossCheck, type LanguageData } from '../../src/tools/language/schema.ts';

const data = loadLanguageData('vieraskieliset');
const skills = data.skills.map((s) => s.id);

describe('language data (content/data/vieraskieliset)', () => {
  it('loads, has the five skills and six CEFR levels, and passes the cross-checks', () => {
    expect(skills).toEqual(['listening', 'speaking', 'reading', 'writing', 'interaction']);
    expect(data.levels.map((l) => l.id)).toEqual(['A1', 'A2', 'B1', 'B2', 'C1', 'C2']);
    expect(crossCheck(data)).toEqual([]);
    expect(data.tasks.map((t) => t.id)).toEqual(
      expect.arrayContaining(['cleaning', 'counter', 'warehouse', 'kitchen']),
    );
  });

  it('has English for every text', () => {
    const missing: string[] = [];
    const walk = (x: unknown, at: string) => {
      if (Array.isArray(x)) {
        x.forEach((y, i) => {
          walk(y, `${at}[${i}]`);
        });
      } else if (x && typeof x === 'object') {
        if ('fi' in x && !('en' in x)) missing.push(at);
        for (const [k, v] of Object.entries(x)) walk(v, `${at}.${k}`);
      }
    };
    walk(data, 'data');
    expect(missing).toEqual([]);
  });

  it('reports unknown references across files', () => {
    const broken: LanguageData = structuredClone(data);
    broken.tasks[0]?.situations.push('no-such-situation');
    delete broken.tasks[1]?.demands.writing;
    expect(crossCheck(broken).sort()).toEqual(
      [
        'tasks: "cleaning" names unknown situation "no-such-situation"',
        'tasks: "counter" has no demand for skill "writing"',
      ].sort(),
    );
  });
});

describe('gaps', () => {
  it('numbers levels from 1 and rejects unknown codes', () => {
    expect(levelIndex(data.levels, 'A1')).toBe(1);
    expect(levelIndex(data.levels, 'C2')).toBe(6);
    expect(() => levelIndex(data.levels, 'D1')).toThrow(/unknown level/);
  });

  it('is the missing number of levels, never negative, null when not rated', () => {
    expect(gapOf(3, 1)).toBe(2);
    expect(gapOf(2, 4)).toBe(0);
    expect(gapOf(2, 0)).toBe(2);
    expect(gapOf(2, null)).toBeNull();
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 0, max: 6 }), (req, own) => {
        const g = gapOf(req, own) as number;
        return g >= 0 && g <= req && (g === 0) === own >= req;
      }),
    );
  });

  it('gives one row per skill in order, defaulting missing own levels to not rated', () => {
    const rows = computeGaps(
      skills,
      { listening: 3, speaking: 3, reading: 2, writing: 1, interaction: 3 },
      { speaking: 1, reading: 4 },
    );
    expect(rows.map((r) => [r.skill, r.gap])).toEqual([
      ['listening', null],
      ['speaking', 2],
      ['reading', 0],
      ['writing', null],
      ['interaction', null],
    ]);
  });
});

describe('practice suggestions', () => {
  const counter = data.tasks.find((t) => t.id === 'counter');
  if (!counter) throw new Error('counter task missing');
  const required = Object.fromEntries(
    skills.map((s) => [s, levelIndex(data.levels, counter.demands[s]?.level ?? 'A1')]),
  );

  it('orders skills by gap, suggests the next level up and lists each situation once', () => {
    // Counter: listening B1, speaking B1, reading A2, writing A1, interaction B1.
    const own = { listening: 2, speaking: 1, reading: 2, writing: 1, interaction: 0 };
    const plan = suggestPractice(data, counter.situations, computeGaps(skills, required, own));
    expect(plan.groups.map((g) => [g.skill, g.gap, g.nextLevel])).toEqual([
      ['interaction', 3, 1],
      ['speaking', 2, 2],
      ['listening', 1, 3],
    ]);
    expect(plan.met).toEqual(['reading', 'writing']);
    expect(plan.unrated).toEqual([]);
    const interaction = plan.groups[0];
    expect(interaction?.general).toEqual(data.practice.interaction?.A1);
    const listed = plan.groups.flatMap((g) => g.situations.map((s) => s.id));
    expect(new Set(listed).size).toBe(listed.length);
    // Every listed situation belongs to the task and uses the group's skill.
    for (const g of plan.groups) {
      for (const s of g.situations) {
        expect(counter.situations).toContain(s.id);
        expect(data.situations.find((x) => x.id === s.id)?.skills).toContain(g.skill);
      }
    }
    expect(interaction?.situations.map((s) => s.id)).toContain('customers');
  });

  it('has nothing to suggest when every level is met, and names unrated skills', () => {
    const plan = suggestPractice(
      data,
      counter.situations,
      computeGaps(skills, required, { listening: 6, speaking: 3 }),
    );
    expect(plan.groups).toEqual([]);
    expect(plan.met).toEqual(['listening', 'speaking']);
    expect(plan.unrated).toEqual(['reading', 'writing', 'interaction']);
  });

  it('always finds general suggestions for every gap in the example data', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...data.tasks),
        fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 5, maxLength: 5 }),
        (task, levels) => {
          const req = Object.fromEntries(
            skills.map((s) => [s, levelIndex(data.levels, task.demands[s]?.level ?? 'A1')]),
          );
          const own = Object.fromEntries(skills.map((s, i) => [s, levels[i] ?? 0]));
          const plan = suggestPractice(data, task.situations, computeGaps(skills, req, own));
          return plan.groups.every((g) => g.general.length > 0 && g.nextLevel === g.own + 1);
        },
      ),
    );
  });
});

describe('gap chart', () => {
  const text = {
    title: 'Kielitaidon aukot',
    description: 'Kuvaus',
    required: 'Vaatimus',
    own: 'Oma taso',
    notRated: 'ei arvioitu',
    gap: (n: number) => `puuttuu ${n}`,
    met: 'riittää',
    skillLabel: (s: string) => `<${s}>`,
    levelLabels: ['–', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2'],
  };

  it('is labelled SVG with a bar per requirement and own level, and the gap in words', () => {
    const svg = gapChartSvg(
      computeGaps(
        ['speaking', 'reading', 'writing'],
        { speaking: 3, reading: 2, writing: 1 },
        { speaking: 1, reading: 2 },
      ),
      text,
      'x1',
    );
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="x1-title x1-desc"/);
    expect(svg).toContain('<title id="x1-title">Kielitaidon aukot</title>');
    expect(svg.match(/class="vk-c-req"/g)).toHaveLength(3);
    expect(svg.match(/class="vk-c-own"/g)).toHaveLength(2);
    expect(svg).toContain('puuttuu 2');
    expect(svg).toContain('riittää');
    expect(svg).toContain('ei arvioitu');
    // Labels are escaped.
    expect(svg).toContain('&lt;speaking&gt;');
    expect(svg).not.toContain('<speaking>');
  });
});
