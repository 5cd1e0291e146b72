import { back, choose, type DialogueState, start } from './engine.ts';
import { renderDialogue } from './render.ts';
import type { Dialogue } from './schema.ts';
import type { DialogueStrings } from './strings.ts';

/**
 * Makes a rendered <PracticeDialogue> playable: everything happens in the page, nothing is stored
 * or sent. After each choice, focus moves to the feedback so screen-reader users hear it first.
 */
export function initDialogue(root: HTMLElement): void {
  const dataEl = root.querySelector<HTMLScriptElement>('script[data-vk-dialogue-data]');
  const stage = root.querySelector<HTMLElement>('[data-vk-stage]');
  if (!dataEl || !stage) return;
  const dialogue = JSON.parse(dataEl.textContent ?? '{}') as Dialogue;
  const lang = root.dataset.lang ?? 'fi';
  const s = JSON.parse(root.dataset.strings ?? '{}') as DialogueStrings;
  const prefix = root.dataset.idPrefix ?? `vk-d-${dialogue.id}`;
  let state: DialogueState = start(dialogue);
  const undo = root.querySelector<HTMLButtonElement>('[data-vk-back]');

  const draw = (focus: 'feedback' | 'first-line' | 'choices' | 'none') => {
    stage.innerHTML = renderDialogue(dialogue, state, lang, prefix, s);
    if (undo) undo.disabled = state.history.length === 0;
    const target =
      focus === 'feedback'
        ? stage.querySelector<HTMLElement>(`#${CSS.escape(prefix)}-last`)
        : focus === 'first-line'
          ? stage.querySelector<HTMLElement>('.vk-turn')
          : focus === 'choices'
            ? stage.querySelector<HTMLElement>('.vk-choice')
            : null;
    if (target) {
      if (!target.hasAttribute('tabindex') && !target.matches('button')) target.setAttribute('tabindex', '-1');
      target.focus();
    }
  };

  stage.addEventListener('click', (event) => {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-choice]');
    if (!button) return;
    state = choose(dialogue, state, Number(button.dataset.choice));
    draw('feedback');
  });
  undo?.addEventListener('click', () => {
    state = back(state);
    draw('choices');
  });
  root.querySelector('[data-vk-restart]')?.addEventListener('click', () => {
    state = start(dialogue);
    draw('first-line');
  });
  const toggle = root.querySelector<HTMLInputElement>('[data-vk-translations]');
  toggle?.addEventListener('change', () => root.classList.toggle('vk-show-tr', toggle.checked));
  if (toggle) toggle.checked = root.classList.contains('vk-show-tr');

  root.classList.add('vk-ready');
  draw('none');
}
