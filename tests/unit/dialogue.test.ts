import { describe, expect, it } from 'vitest';
import { back, checkDialogue, choose, isEnded, replay, start, stepOf, tally } from '../../src/tools/dialogue/engine.ts';
import { dialogueIds, loadDialogue } from '../../src/tools/dialogue/load.ts';
import { type Dialogue, dialogueSchema } from '../../src/tools/dialogue/schema.ts';

const tiny: Dialogue = dialogueSchema.parse({
  id: 'tiny',
  version: 1,
  title: { fi: 'Pieni', en: 'Tiny' },
  setting: { fi: 'Testi', en: 'Test' },
  roles: { other: { fi: 'Ohjaaja', en: 'Supervisor' }, learner: { fi: 'Kokeilija', en: 'Participant' } },
  start: 'a',
  steps: [
    {
      id: 'a',
      line: { fi: 'Hei', en: 'Hi' },
      choices: [
        { say: { fi: 'Joo', en: 'Yeah' }, feedback: { fi: 'Yritä uudelleen', en: 'Try again' }, rating: 'retry' },
        { say: { fi: 'Hei!', en: 'Hi!' }, feedback: { fi: 'Hyvä', en: 'Good' }, rating: 'good', next: 'b' },
        { say: { fi: 'Moi', en: 'Hey' }, feedback: { fi: 'Käy', en: 'OK' }, rating: 'ok', next: 'end' },
      ],
    },
    {
      id: 'b',
      line: { fi: 'Mitä kuuluu?', en: 'How are you?' },
      choices: [
        { say: { fi: 'Hyvää', en: 'Fine' }, feedback: { fi: 'Hyvä', en: 'Good' }, rating: 'good', next: 'end' },
      ],
    },
    { id: 'end', line: { fi: 'Hei hei', en: 'Bye' }, end: true },
  ],
});

describe('dialogue engine', () => {
  it('starts at the start step and follows choices to an end', () => {
    let s = start(tiny);
    expect(s).toEqual({ current: 'a', history: [] });
    s = choose(tiny, s, 1);
    expect(s.current).toBe('b');
    expect(isEnded(tiny, s)).toBe(false);
    s = choose(tiny, s, 0);
    expect(isEnded(tiny, s)).toBe(true);
    expect(tally(s)).toEqual({ good: 2, ok: 0, retry: 0 });
  });

  it('keeps the learner on the same step after a "try again" choice, and counts it', () => {
    const s = choose(tiny, start(tiny), 0);
    expect(s.current).toBe('a');
    expect(tally(s)).toEqual({ good: 0, ok: 0, retry: 1 });
  });

  it('refuses choices that do not exist or come after the end', () => {
    expect(() => choose(tiny, start(tiny), 5)).toThrow(/no choice 5/);
    const ended = choose(tiny, start(tiny), 2);
    expect(() => choose(tiny, ended, 0)).toThrow(/ended/);
  });

  it('takes back the last choice', () => {
    const s = choose(tiny, choose(tiny, start(tiny), 1), 0);
    expect(back(s)).toEqual({ current: 'b', history: [{ step: 'a', choice: 1, rating: 'good' }] });
    expect(back(start(tiny))).toEqual(start(tiny));
  });

  it('replays stored turns and stops at the first one that no longer fits', () => {
    expect(
      replay(tiny, [
        { step: 'a', choice: 0 },
        { step: 'a', choice: 1 },
      ]).current,
    ).toBe('b');
    expect(
      replay(tiny, [
        { step: 'a', choice: 1 },
        { step: 'x', choice: 0 },
      ]).current,
    ).toBe('b');
    expect(replay(tiny, [{ step: 'a', choice: 9 }]).current).toBe('a');
  });

  it('finds broken scripts', () => {
    const broken = structuredClone(tiny);
    broken.steps.push({ id: 'orphan', line: { fi: 'x' }, choices: [], end: false });
    const first = broken.steps[0];
    if (first?.choices[1]) first.choices[1].next = 'missing';
    expect(checkDialogue(broken)).toEqual([
      'step "a" choice 2 goes to unknown step "missing"',
      'step "orphan" has no choices and does not end',
    ]);
    const loop = structuredClone(tiny);
    const b = loop.steps[1];
    if (b?.choices[0]) b.choices[0].next = 'a';
    const a = loop.steps[0];
    if (a?.choices[2]) a.choices[2].next = 'b';
    expect(checkDialogue(loop)).toEqual(
      expect.arrayContaining(['step "end" cannot be reached', 'step "a" cannot reach an end']),
    );
    expect(stepOf(tiny, 'b').line.fi).toBe('Mitä kuuluu?');
  });
});

describe('the practice dialogues in content/data/vieraskieliset/dialogues', () => {
  const ids = dialogueIds('vieraskieliset');
  it('exist', () => {
    expect(ids.length).toBeGreaterThanOrEqual(4);
  });

  it.each(ids)(
    '%s is valid, in Finnish and English, and can be finished by always taking the first moving choice',
    (id) => {
      const d = loadDialogue('vieraskieliset', id);
      expect(checkDialogue(d)).toEqual([]);
      for (const step of d.steps) {
        expect(step.line.en, `${id}/${step.id}`).toBeTruthy();
        for (const c of step.choices) {
          expect(c.say.en && c.feedback.en, `${id}/${step.id}`).toBeTruthy();
        }
      }
      let s = start(d);
      for (let i = 0; i < 50 && !isEnded(d, s); i++) {
        const step = stepOf(d, s.current);
        s = choose(
          d,
          s,
          step.choices.findIndex((c) => c.next && c.next !== step.id),
        );
      }
      expect(isEnded(d, s)).toBe(true);
      expect(stepOf(d, s.current).summary?.fi).toBeTruthy();
    },
  );
});
