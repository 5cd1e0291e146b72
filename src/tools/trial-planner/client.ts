import { dateLocale, format } from 'starlight-guidebook/i18n';
import { downloadText, ToolStore } from 'starlight-guidebook/worksheets/tool-store';
import type { PlannerData } from './data.ts';
import type { PlannerStrings } from './strings.ts';
import { type Answers, answeredCount, cleanAnswers, matches, summarize } from './tailor.ts';

/**
 * Makes a server-rendered trial planner interactive: hides the checklist items that do not fit
 * the answers, keeps answers and ticks in localStorage (nothing leaves the browser), and prints.
 * Without this script the page shows the full checklist with "applies if" notes.
 */

interface Saved {
  answers: Answers;
  done: string[];
}

/** Where the planner kept its answers before it used the engine's store. */
const legacyKey = 'guidebook:trial-planner:v1';

/**
 * The planner's saved state as the engine's fields: `q:<question>` → option id, `done:<item>` →
 * true. Answers to questions or items the content no longer has are kept aside by the store.
 */
function toFields(answers: Answers, done: string[]): Record<string, unknown> {
  const fields: Record<string, unknown> = Object.create(null);
  for (const [q, a] of Object.entries(answers)) if (a !== undefined) fields[`q:${q}`] = a;
  for (const id of done) fields[`done:${id}`] = true;
  return fields;
}

function fromFields(data: PlannerData, fields: Record<string, unknown>): Saved {
  const answers: Record<string, unknown> = {};
  for (const q of data.questions) answers[q.id] = fields[`q:${q.id}`];
  return {
    answers: cleanAnswers(data, answers),
    done: data.items.filter((i) => fields[`done:${i.id}`] === true).map((i) => i.id),
  };
}

function openStore(data: PlannerData): ToolStore {
  const fit = (fields: Record<string, unknown>) => {
    const saved = fromFields(data, fields);
    return toFields(saved.answers, saved.done);
  };
  return new ToolStore({
    id: 'trial-planner',
    fit,
    legacy: {
      key: legacyKey,
      read: (value) => {
        if (!value || typeof value !== 'object') return undefined;
        const v = value as Partial<Record<'answers' | 'done', unknown>>;
        const answers = v.answers && typeof v.answers === 'object' ? (v.answers as Answers) : {};
        const done = Array.isArray(v.done) ? v.done.filter((d): d is string => typeof d === 'string') : [];
        return toFields(Object.fromEntries(Object.entries(answers).filter(([, a]) => typeof a === 'string')), done);
      },
    },
  });
}

function setup(root: HTMLElement): void {
  const dataElement = root.querySelector<HTMLScriptElement>('script[data-tp-data]');
  if (!dataElement?.textContent) return;
  const data = JSON.parse(dataElement.textContent) as PlannerData;
  const locale = root.dataset.locale ?? 'fi';
  const t = JSON.parse(root.dataset.strings ?? '{}') as PlannerStrings;
  const saved = openStore(data);
  const state = fromFields(data, saved.fields);

  const status = root.querySelector<HTMLElement>('[data-tp-status]');
  const summaryList = root.querySelector<HTMLElement>('[data-tp-summary]');
  const printedDate = root.querySelector<HTMLElement>('[data-tp-date]');
  root.classList.add('tp-js');
  for (const hidden of root.querySelectorAll<HTMLElement>('[data-tp-js]')) hidden.hidden = false;
  for (const shown of root.querySelectorAll<HTMLElement>('[data-tp-nojs]')) shown.hidden = true;

  // Saved answers and ticks into the form.
  const restore = () => {
    for (const input of root.querySelectorAll<HTMLInputElement>('input[type=radio][name^="tp-"]')) {
      input.checked = state.answers[input.name.slice(3)] === input.value;
    }
    for (const box of root.querySelectorAll<HTMLInputElement>('input[data-tp-done]')) {
      box.checked = state.done.includes(box.value);
    }
  };
  restore();

  let announce = false;
  const render = () => {
    let shown = 0;
    for (const phase of root.querySelectorAll<HTMLElement>('[data-tp-phase]')) {
      let phaseShown = 0;
      let phaseDone = 0;
      for (const li of phase.querySelectorAll<HTMLElement>('li[data-tp-item]')) {
        const item = data.items.find((i) => i.id === li.dataset.tpItem);
        const visible = item ? matches(item, state.answers) : true;
        li.hidden = !visible;
        if (visible) {
          phaseShown += 1;
          if (state.done.includes(li.dataset.tpItem ?? '')) phaseDone += 1;
        }
      }
      phase.hidden = phaseShown === 0;
      const count = phase.querySelector<HTMLElement>('[data-tp-count]');
      if (count) count.textContent = `(${format(t.phaseCount, { done: phaseDone, all: phaseShown })})`;
      shown += phaseShown;
    }
    if (summaryList) {
      summaryList.replaceChildren(
        ...summarize(data, state.answers, locale).flatMap(({ question, answer }) => {
          const dt = document.createElement('dt');
          dt.textContent = question;
          const dd = document.createElement('dd');
          dd.textContent = answer ?? t.notAnswered;
          return [dt, dd];
        }),
      );
    }
    // The live region speaks only after the user changes something, not on page load.
    if (status && announce)
      status.textContent = format(t.status, {
        items: shown,
        answered: answeredCount(data, state.answers),
        total: data.questions.length,
      });
    root.dataset.tpShown = String(shown);
  };

  root.addEventListener('change', (event) => {
    const input = event.target;
    if (!(input instanceof HTMLInputElement)) return;
    if (input.type === 'radio' && input.name.startsWith('tp-')) {
      state.answers[input.name.slice(3)] = input.value;
    } else if (input.dataset.tpDone !== undefined) {
      state.done = input.checked
        ? [...new Set([...state.done, input.value])]
        : state.done.filter((d) => d !== input.value);
    } else {
      return;
    }
    tell(saved.set(toFields(state.answers, state.done)));
    announce = true;
    render();
  });

  // Storage full, refused or unreadable: say so, keep working in memory, offer the answers as a file.
  const notice = root.querySelector<HTMLElement>('[data-tp-notice]');
  const tell = (problem: typeof saved.problem) => {
    if (!notice || !problem) return;
    const text = notice.querySelector('[data-tp-notice-text]');
    if (text) text.textContent = t[`problem.${problem}`];
    const button = notice.querySelector<HTMLElement>('[data-tp-export]');
    if (button) button.hidden = problem === 'corrupt';
    notice.hidden = false;
  };
  tell(saved.problem);
  root
    .querySelector('[data-tp-export]')
    ?.addEventListener('click', () =>
      downloadText(`${t.exportFile}-${new Date().toISOString().slice(0, 10)}.json`, saved.exportFile()),
    );
  // Another tab changed the plan: its answers and ticks merged with these, the later of each winning.
  saved.onOtherTab((fields) => {
    const next = fromFields(data, fields);
    state.answers = next.answers;
    state.done = next.done;
    restore();
    render();
  });

  // The date goes on the printout however printing starts (button or the browser's own menu).
  window.addEventListener('beforeprint', () => {
    if (printedDate) printedDate.textContent = new Date().toLocaleDateString(dateLocale(locale));
  });
  root.querySelector<HTMLButtonElement>('[data-tp-print]')?.addEventListener('click', () => window.print());

  root.querySelector<HTMLButtonElement>('[data-tp-reset]')?.addEventListener('click', () => {
    state.answers = {};
    state.done = [];
    for (const input of root.querySelectorAll<HTMLInputElement>('input')) input.checked = false;
    saved.clear();
    render();
    if (status) status.textContent = t.resetDone;
  });

  render();
}

for (const root of document.querySelectorAll<HTMLElement>('[data-trial-planner]')) setup(root);
