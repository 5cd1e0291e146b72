import { format } from 'starlight-guidebook/i18n';
import { downloadText, ToolStore } from 'starlight-guidebook/worksheets/tool-store';
import type { ExplorerData } from './explorer-data.ts';
import { computeGaps, suggestPractice } from './gaps.ts';
import { explorerContent, renderResult } from './render.ts';
import {
  CUSTOM,
  type ExplorerState,
  fromFields,
  initialState,
  parseState,
  selectTask,
  taskDefaults,
  toFields,
} from './state.ts';
import type { ExplorerStrings } from './strings.ts';
import { tr } from './text.ts';

/**
 * Makes a rendered <LanguageExplorer> interactive. State lives in localStorage only; unreadable
 * stored data is moved aside under a separate key and reported, never silently overwritten.
 */
export function initExplorer(root: HTMLElement): void {
  const dataEl = root.querySelector<HTMLScriptElement>('script[data-vk-data]');
  if (!dataEl) return;
  const data = JSON.parse(dataEl.textContent ?? '{}') as ExplorerData;
  const lang = root.dataset.lang ?? 'fi';
  const key = root.dataset.storageKey ?? 'guidebook:vk-explorer';
  const prefix = root.dataset.idPrefix ?? 'vk';
  const s = JSON.parse(root.dataset.strings ?? '{}') as ExplorerStrings;
  const content = explorerContent(data);
  const q = <T extends Element>(sel: string) => root.querySelector<T>(sel);
  const qa = <T extends Element>(sel: string) => [...root.querySelectorAll<T>(sel)];

  const taskSelect = q<HTMLSelectElement>('[data-vk-task]');
  const customBox = q<HTMLElement>('[data-vk-custom]');
  const customName = q<HTMLInputElement>('[data-vk-custom-name]');
  const customDescription = q<HTMLTextAreaElement>('[data-vk-custom-description]');
  const description = q<HTMLElement>('[data-vk-description]');
  const result = q<HTMLElement>('[data-vk-result]');
  const notice = q<HTMLElement>('[data-vk-notice]');
  const status = q<HTMLElement>('[data-vk-status]');

  // The engine's store (per-choice merge across tabs, safe reading, honest backups); the tool's
  // own key of before is read once and moved over.
  const saved = new ToolStore({
    id: `vk-explorer:${key.replace(/^guidebook:vk-explorer:?/, '') || 'default'}`,
    fit: (fields) => toFields(fromFields(fields, content)),
    legacy: {
      key,
      read: (value) => {
        const parsed = parseState(JSON.stringify(value), content);
        return parsed.ok ? toFields(parsed.state) : undefined;
      },
    },
  });
  let state = fromFields(saved.fields, content);

  // Storage full, refused or unreadable: say so, keep working in memory, offer the choices as a file.
  const tell = (problem: typeof saved.problem) => {
    if (!notice || !problem) return;
    notice.replaceChildren(problem === 'corrupt' ? s.corrupt : s[problem]);
    if (problem !== 'corrupt') {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'vk-button';
      button.textContent = s.exportButton;
      button.addEventListener('click', () =>
        downloadText(`${prefix}-${new Date().toISOString().slice(0, 10)}.json`, saved.exportFile()),
      );
      notice.append(' ', button);
    }
    notice.hidden = false;
  };
  tell(saved.problem);

  const save = () => {
    const before = saved.problem;
    const problem = saved.set(toFields(state));
    if (problem !== before) tell(problem);
  };

  const sync = () => {
    if (taskSelect) taskSelect.value = state.task;
    if (customBox) customBox.hidden = state.task !== CUSTOM;
    if (customName && customName.value !== state.customName) customName.value = state.customName;
    if (customDescription && customDescription.value !== state.customDescription) {
      customDescription.value = state.customDescription;
    }
    if (description) {
      const task = data.tasks.find((t) => t.id === state.task);
      description.textContent = task ? tr(task.description, lang) : s.customHelp;
    }
    for (const sel of qa<HTMLSelectElement>('select[data-vk-required]')) {
      const skill = sel.dataset.vkRequired ?? '';
      sel.value = String(state.required[skill] ?? 1);
    }
    for (const note of qa<HTMLElement>('[data-vk-why-task]')) {
      note.hidden = note.dataset.vkWhyTask !== state.task;
    }
    for (const box of qa<HTMLInputElement>('input[data-vk-situation]')) {
      box.checked = state.situations.includes(box.value);
    }
    for (const radio of qa<HTMLInputElement>('input[data-vk-own]')) {
      const skill = radio.dataset.vkOwn ?? '';
      const own = state.own[skill];
      radio.checked = radio.value === (own === null || own === undefined ? '' : String(own));
    }
    if (result) result.innerHTML = renderResult(data, state, lang, prefix, s);
  };

  // A short spoken summary after each change, so screen-reader users know the result moved.
  const announce = () => {
    if (!status) return;
    const rows = computeGaps(content.skills, state.required, state.own);
    const plan = suggestPractice(data, state.situations, rows);
    status.textContent =
      plan.unrated.length === rows.length
        ? s.statusUnrated
        : plan.groups.length > 0
          ? format(s.statusGaps, { n: plan.groups.length })
          : s.statusNone;
  };

  const update = (next: ExplorerState) => {
    state = next;
    save();
    sync();
    announce();
  };

  taskSelect?.addEventListener('change', () => update(selectTask(state, content, taskSelect.value)));
  customName?.addEventListener('input', () => {
    state = { ...state, customName: customName.value };
    save();
    if (result) result.innerHTML = renderResult(data, state, lang, prefix, s);
  });
  customDescription?.addEventListener('input', () => {
    state = { ...state, customDescription: customDescription.value };
    save();
    if (result) result.innerHTML = renderResult(data, state, lang, prefix, s);
  });
  root.addEventListener('change', (event) => {
    const el = event.target as HTMLInputElement | HTMLSelectElement;
    if (el.matches('select[data-vk-required]')) {
      const skill = el.dataset.vkRequired ?? '';
      update({ ...state, required: { ...state.required, [skill]: Number(el.value) } });
    } else if (el.matches('input[data-vk-situation]')) {
      const ids = qa<HTMLInputElement>('input[data-vk-situation]')
        .filter((b) => b.checked)
        .map((b) => b.value);
      update({ ...state, situations: ids });
    } else if (el.matches('input[data-vk-own]')) {
      const skill = el.dataset.vkOwn ?? '';
      update({ ...state, own: { ...state.own, [skill]: el.value === '' ? null : Number(el.value) } });
    }
  });
  q('[data-vk-reset]')?.addEventListener('click', () => update({ ...state, ...taskDefaults(content, state.task) }));
  q('[data-vk-print]')?.addEventListener('click', () => window.print());
  q('[data-vk-clear]')?.addEventListener('click', () => {
    if (!window.confirm(s.clearConfirm)) return;
    saved.clear();
    state = initialState(content);
    sync();
  });
  // Another tab changed the same tool: its choices merged with these, the later of each winning.
  saved.onOtherTab((fields) => {
    state = fromFields(fields, content);
    sync();
  });

  root.classList.add('vk-ready');
  sync();
}
