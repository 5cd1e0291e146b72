import { dateLocale } from 'starlight-guidebook/i18n';
import type { PlannerData } from './data.ts';
import { plannerStrings } from './strings.ts';
import { type Answers, answeredCount, cleanAnswers, matches, summarize } from './tailor.ts';

/**
 * Makes a server-rendered trial planner interactive: hides the checklist items that do not fit
 * the answers, keeps answers and ticks in localStorage (nothing leaves the browser), and prints.
 * Without this script the page shows the full checklist with "applies if" notes.
 */

const storageKey = 'guidebook:trial-planner:v1';

interface Saved {
  answers: Answers;
  done: string[];
}

function load(data: PlannerData): Saved {
  try {
    const raw = localStorage.getItem(storageKey);
    if (!raw) return { answers: {}, done: [] };
    const parsed = JSON.parse(raw) as Partial<Saved>;
    const ids = new Set(data.items.map((i) => i.id));
    const done = Array.isArray(parsed.done)
      ? parsed.done.filter((d): d is string => typeof d === 'string' && ids.has(d))
      : [];
    return { answers: cleanAnswers(data, parsed.answers), done };
  } catch {
    // Unreadable or blocked storage: start empty and leave the stored value alone.
    return { answers: {}, done: [] };
  }
}

function save(state: Saved): void {
  try {
    localStorage.setItem(storageKey, JSON.stringify(state));
  } catch {
    // Storage full or disabled (private mode): the planner still works for this visit.
  }
}

function setup(root: HTMLElement): void {
  const dataElement = root.querySelector<HTMLScriptElement>('script[data-tp-data]');
  if (!dataElement?.textContent) return;
  const data = JSON.parse(dataElement.textContent) as PlannerData;
  const locale = root.dataset.locale ?? 'fi';
  const t = plannerStrings(locale);
  const state = load(data);

  const status = root.querySelector<HTMLElement>('[data-tp-status]');
  const summaryList = root.querySelector<HTMLElement>('[data-tp-summary]');
  const printedDate = root.querySelector<HTMLElement>('[data-tp-date]');
  root.classList.add('tp-js');
  for (const hidden of root.querySelectorAll<HTMLElement>('[data-tp-js]')) hidden.hidden = false;
  for (const shown of root.querySelectorAll<HTMLElement>('[data-tp-nojs]')) shown.hidden = true;

  // Restore saved answers and ticks into the form.
  for (const [question, answer] of Object.entries(state.answers)) {
    const input = root.querySelector<HTMLInputElement>(`input[name="tp-${question}"][value="${answer}"]`);
    if (input) input.checked = true;
  }
  for (const box of root.querySelectorAll<HTMLInputElement>('input[data-tp-done]')) {
    box.checked = state.done.includes(box.value);
  }

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
      if (count) count.textContent = `(${t.phaseCount(phaseDone, phaseShown)})`;
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
      status.textContent = t.status(shown, answeredCount(data, state.answers), data.questions.length);
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
    save(state);
    announce = true;
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
    try {
      localStorage.removeItem(storageKey);
    } catch {
      // nothing stored
    }
    render();
    if (status) status.textContent = t.resetDone;
  });

  render();
}

for (const root of document.querySelectorAll<HTMLElement>('[data-trial-planner]')) setup(root);
