import { describe, expect, it } from 'vitest';
import { explorerData } from '../../src/tools/language/explorer-data.ts';
import { loadLanguageData } from '../../src/tools/language/load.ts';
import { explorerContent, renderResult } from '../../src/tools/language/render.ts';
import { CUSTOM, initialState, parseState, selectTask, serializeState } from '../../src/tools/language/state.ts';
import { type ExplorerStrings, explorerPrefix } from '../../src/tools/language/strings.ts';
import { toolStrings } from './support/print-context.ts';

const data = loadLanguageData('vieraskieliset');
const content = explorerContent(data);

describe('explorer state', () => {
  it('starts at the first example task with every own level unrated', () => {
    const state = initialState(content);
    expect(state.task).toBe(data.tasks[0]?.id);
    expect(Object.values(state.own).every((v) => v === null)).toBe(true);
    expect(state.required).toEqual(content.tasks[0]?.required);
  });

  it('keeps own levels and resets demands and situations when the task changes', () => {
    let state = { ...initialState(content), own: { ...initialState(content).own, speaking: 2 } };
    state = { ...state, required: { ...state.required, speaking: 6 } };
    const next = selectTask(state, content, 'counter');
    expect(next.own.speaking).toBe(2);
    expect(next.required.speaking).toBe(3);
    expect(next.situations).toEqual(data.tasks.find((t) => t.id === 'counter')?.situations);
    const custom = selectTask(state, content, CUSTOM);
    expect(Object.values(custom.required).every((v) => v === 2)).toBe(true);
    expect(custom.situations).toEqual([]);
    expect(selectTask(state, content, 'no-such-task').task).toBe(CUSTOM);
  });

  it('round-trips through storage', () => {
    const state = {
      ...selectTask(initialState(content), content, CUSTOM),
      customName: 'Pesulatyö',
      customDescription: 'Lajittelu ja silitys',
      situations: ['safety'],
    };
    expect(parseState(serializeState(state), content)).toEqual({ ok: true, state });
  });

  it('drops what the content no longer knows and clamps levels, but reports foreign data', () => {
    const raw = JSON.stringify({
      format: 'vk-explorer',
      version: 1,
      task: 'counter',
      required: { listening: 99, speaking: 4, gone: 2 },
      own: { listening: -1, speaking: 0, reading: 'B1' },
      situations: ['safety', 'gone', 'safety'],
    });
    const parsed = parseState(raw, content);
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(parsed.state.required.listening).toBe(3);
    expect(parsed.state.required.speaking).toBe(4);
    expect('gone' in parsed.state.required).toBe(false);
    expect(parsed.state.own).toMatchObject({ listening: null, speaking: 0, reading: null });
    expect(parsed.state.situations).toEqual(['safety']);
    expect(parseState('{oops', content)).toEqual({ ok: false, reason: 'not JSON' });
    expect(parseState('{"format":"other"}', content)).toEqual({ ok: false, reason: 'not an explorer state' });
    expect(parseState('{"format":"vk-explorer","version":2}', content)).toEqual({
      ok: false,
      reason: 'unknown version 2',
    });
  });

  it('renders a described task with its name and description, escaped', () => {
    const state = {
      ...selectTask(initialState(content), content, CUSTOM),
      customName: '<b>Pesula</b>',
      customDescription: 'Lajittelu & silitys',
    };
    const html = renderResult(data, state, 'fi', 't', toolStrings<ExplorerStrings>('fi', explorerPrefix));
    expect(html).toContain('&lt;b&gt;Pesula&lt;/b&gt;');
    expect(html).toContain('Lajittelu &amp; silitys');
    expect(html).toContain('Arvioi ensin oma tasosi');
  });

  it("the page's data gives the browser the same result the build renders, with a third of the text", () => {
    // The build renders the first result from the whole content, the browser every later one
    // from the page's data: a result drawn again must not change.
    for (const lang of ['fi', 'en']) {
      const s = toolStrings<ExplorerStrings>(lang, explorerPrefix);
      const page = explorerData(data, lang);
      expect(explorerContent(page)).toEqual(content);
      const rated = (own: number) => Object.fromEntries(content.skills.map((k) => [k, own]));
      for (const task of content.tasks) {
        const state = selectTask(initialState(content), content, task.id);
        for (const own of [0, 1, 3]) {
          const withGaps = { ...state, own: rated(own), situations: [...content.situations] };
          expect(renderResult(page, withGaps, lang, 't', s)).toBe(renderResult(data, withGaps, lang, 't', s));
        }
      }
      expect(JSON.stringify(page).length).toBeLessThan(JSON.stringify(data).length / 2);
    }
  });
});
