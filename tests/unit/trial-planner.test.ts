import { existsSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePlannerData } from '../../src/tools/trial-planner/data.ts';
import { loadPlannerData } from '../../src/tools/trial-planner/load.ts';
import {
  answeredCount,
  cleanAnswers,
  clientPlannerData,
  conditionText,
  localePath,
  matches,
  summarize,
  tailor,
} from '../../src/tools/trial-planner/tailor.ts';

const data = loadPlannerData('opas');
const ids = (phases: ReturnType<typeof tailor>) => phases.flatMap((p) => p.items.map((i) => i.id));

describe('trial planner data', () => {
  it('is valid and bilingual', () => {
    expect(data.questions.length).toBeGreaterThanOrEqual(5);
    for (const text of [
      ...data.questions.flatMap((q) => [q.label, q.short, ...q.options.map((o) => o.label)]),
      ...data.items.map((i) => i.text),
      ...data.phases.map((p) => p.title),
    ]) {
      expect(text.en, `English text missing for "${text.fi}"`).toBeTruthy();
    }
  });

  it('links only to pages that exist in both languages', () => {
    for (const item of data.items.filter((i) => i.link)) {
      const slug = (item.link as string).replace(/^\/|\/$/g, '');
      for (const dir of ['content/docs', 'content/docs/en']) {
        const candidates = [path.join(dir, `${slug}.mdx`), path.join(dir, slug, 'index.mdx')];
        expect(
          candidates.some((file) => existsSync(file)),
          `${item.id}: ${dir}/${slug}`,
        ).toBe(true);
      }
    }
  });

  it('rejects conditions on unknown questions and answers, naming the place', () => {
    const broken = `
version: 1
title: { fi: T }
phases: [{ id: a, title: { fi: A } }]
questions: [{ id: q, short: { fi: Q }, label: { fi: Q? }, options: [{ id: x, label: { fi: X } }, { id: y, label: { fi: Y } }] }]
items:
  - { id: one, phase: a, text: { fi: Yksi }, when: { q: [z] } }
  - { id: two, phase: b, text: { fi: Kaksi }, when: { nope: [x] } }
`;
    expect(() => parsePlannerData(broken, 'x.yaml')).toThrow(
      /x\.yaml:7:\d+: items\[0\] \(id "one"\)\.when\.q: question "q" has no answer "z"/,
    );
    expect(() => parsePlannerData(broken, 'x.yaml')).toThrow(
      /x\.yaml:8:\d+: items\[1\] \(id "two"\)\.phase: unknown phase "b"/,
    );
    expect(() => parsePlannerData(broken, 'x.yaml')).toThrow(/unknown question "nope"/);
    expect(() => parsePlannerData('a: [', 'x.yaml')).toThrow(/x\.yaml:1:\d+: invalid YAML/);
  });
});

describe('tailoring', () => {
  it('shows only unconditional items before any answer', () => {
    const shown = ids(tailor(data, {}, 'fi'));
    const always = data.items.filter((i) => !i.when).map((i) => i.id);
    expect(shown).toEqual(always);
  });

  it('adds a mentor item when no mentor is named, and a different one when there is', () => {
    expect(ids(tailor(data, { mentori: 'ei-viela' }, 'fi'))).toContain('mentori-nimea');
    expect(ids(tailor(data, { mentori: 'ei-viela' }, 'fi'))).not.toContain('mentori-aika');
    expect(ids(tailor(data, { mentori: 'kylla' }, 'fi'))).toContain('mentori-aika');
    expect(ids(tailor(data, { mentori: 'kylla' }, 'fi'))).not.toContain('mentori-nimea');
  });

  it('tailors for a first trial, a developing language, studification and recruitment', () => {
    const shown = ids(
      tailor(data, { aiemmat: 'ei', kieli: 'kehittyva', opinnollistaminen: 'kylla', rekrytointi: 'kylla' }, 'fi'),
    );
    expect(shown).toEqual(
      expect.arrayContaining([
        'valmiudet',
        'ensimmainen-kokeilu',
        'kieli-vaatimukset',
        'kieli-selkea',
        'opinnollistaminen-sovi',
        'opinnollistaminen-seuraa',
        'rekrytointi-kerro',
        'rekrytointi-jatko',
      ]),
    );
    expect(shown).not.toContain('aiemmat-opit');
    expect(shown).not.toContain('rekrytointi-ei-lupaa');
  });

  it('keeps the phase order and the order of the data file', () => {
    const phases = tailor(data, { tyopaikka: 'pieni', mentori: 'kylla' }, 'en');
    expect(phases.map((p) => p.id)).toEqual(data.phases.map((p) => p.id));
    expect(phases[0]?.title).toBe('Before the trial');
    const order = data.items.map((i) => i.id);
    const shown = ids(phases);
    expect([...shown].sort((a, b) => order.indexOf(a) - order.indexOf(b))).toEqual(shown);
  });

  it('needs every condition of an item to match', () => {
    const item = { when: { a: ['x'], b: ['y', 'z'] } };
    expect(matches(item, { a: 'x', b: 'z' })).toBe(true);
    expect(matches(item, { a: 'x' })).toBe(false);
    expect(matches(item, { a: 'w', b: 'y' })).toBe(false);
    expect(matches({}, {})).toBe(true);
  });

  it('only ever adds items as answers are given (property)', () => {
    const answerArb = fc.record(
      Object.fromEntries(
        data.questions.map((q) => [
          q.id,
          fc.option(fc.constantFrom(...q.options.map((o) => o.id)), { nil: undefined }),
        ]),
      ),
    );
    fc.assert(
      fc.property(answerArb, (answers) => {
        const shown = new Set(ids(tailor(data, answers, 'fi')));
        // Unconditional items are always there, and every shown conditional item really matches.
        for (const item of data.items) {
          if (!item.when) expect(shown.has(item.id)).toBe(true);
          expect(shown.has(item.id)).toBe(matches(item, answers));
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('helpers', () => {
  it('drops saved answers that no longer exist', () => {
    expect(cleanAnswers(data, { mentori: 'kylla', mentori2: 'x', kieli: 'klingon' })).toEqual({ mentori: 'kylla' });
    expect(cleanAnswers(data, null)).toEqual({});
    expect(cleanAnswers(data, 'nonsense')).toEqual({});
  });

  it('explains conditions and summarises answers in the page language', () => {
    const item = data.items.find((i) => i.id === 'kieli-selkea');
    expect(item).toBeDefined();
    expect(conditionText(data, item ?? {}, 'fi')).toBe(
      'Kokeilijan kieli: Suomen taito on vasta kehittymässä tai Ei vielä tiedossa',
    );
    expect(conditionText(data, item ?? {}, 'en')).toBe(
      "Participant's language: Their Finnish is still developing or Not known yet",
    );
    expect(conditionText(data, {}, 'fi')).toBeUndefined();
    const summary = summarize(data, { mentori: 'kylla' }, 'en');
    expect(summary.find((s) => s.question === 'Mentor')?.answer).toBe('Yes');
    expect(summary.find((s) => s.question === 'Workplace')?.answer).toBeUndefined();
    expect(answeredCount(data, { mentori: 'kylla', kieli: undefined })).toBe(1);
  });

  it('makes locale paths under the site base', () => {
    expect(localePath('/opas/roolit/', 'fi')).toBe('/opas/roolit/');
    expect(localePath('/opas/roolit/', 'en')).toBe('/en/opas/roolit/');
    expect(localePath('/opas/roolit/', 'en', '/malli/')).toBe('/malli/en/opas/roolit/');
  });
});

describe("the planner's data in the page", () => {
  it('gives the browser script the same results as the whole data, in each locale, and is smaller', () => {
    const answerSets = fc.record(
      Object.fromEntries(
        data.questions.map((q) => [
          q.id,
          fc.option(fc.constantFrom(...q.options.map((o) => o.id)), { nil: undefined }),
        ]),
      ),
    );
    for (const locale of ['fi', 'en']) {
      const slim = clientPlannerData(data, locale);
      expect(JSON.stringify(slim).length).toBeLessThan(JSON.stringify(data).length / 2);
      fc.assert(
        fc.property(answerSets, (raw) => {
          const answers = cleanAnswers(data, raw);
          expect(cleanAnswers(slim, raw)).toEqual(answers);
          expect(summarize(slim, answers, locale)).toEqual(summarize(data, answers, locale));
          expect(answeredCount(slim, answers)).toBe(answeredCount(data, answers));
          for (const [i, item] of data.items.entries()) {
            const mine = slim.items[i];
            expect(mine?.id).toBe(item.id);
            if (mine) expect(matches(mine, answers)).toBe(matches(item, answers));
          }
        }),
        { numRuns: 200 },
      );
    }
  });
});
