import { back, choose, type DialogueState, start } from './engine.ts';
import { renderDialogue } from './render.ts';
import type { Dialogue } from './schema.ts';
import type { DialogueStrings } from './strings.ts';

/**
 * Makes a rendered <PracticeDialogue> playable: everything happens in the page, nothing is stored
 * or sent. After each choice, focus moves to the feedback so screen-reader users hear it first.
 */
export function initDialogue(root: HTMLElement): void {
  const stage = root.querySelector<HTMLElement>('[data-vk-stage]');
  if (!stage) return;
  const lang = root.dataset.lang ?? 'fi';
  const s = JSON.parse(root.dataset.strings ?? '{}') as DialogueStrings;
  // The script of the dialogue is fetched when the reader first plays (the opening is in the page):
  // a reader who only reads loads none of it. The service worker keeps the file for offline use.
  let script: Promise<Dialogue> | undefined;
  const dialogueData = (): Promise<Dialogue> => {
    script ??= fetch(root.dataset.src ?? '', { credentials: 'same-origin' }).then((response) => {
      if (!response.ok) throw new Error(`${response.status} ${root.dataset.src}`);
      return response.json() as Promise<Dialogue>;
    });
    return script;
  };
  // Fetched as soon as the reader comes to the dialogue (focus or pointer), so the first choice
  // rarely waits for it.
  const prefetch = () =>
    void dialogueData().catch(() => {
      script = undefined;
    });
  root.addEventListener('focusin', prefetch, { once: true });
  root.addEventListener('pointerenter', prefetch, { once: true });
  let state: DialogueState | undefined;
  const undo = root.querySelector<HTMLButtonElement>('[data-vk-back]');

  const draw = (dialogue: Dialogue, now: DialogueState, focus: 'feedback' | 'first-line' | 'choices') => {
    state = now;
    const prefix = root.dataset.idPrefix ?? `vk-d-${dialogue.id}`;
    stage.innerHTML = renderDialogue(dialogue, now, lang, prefix, s);
    if (undo) undo.disabled = now.history.length === 0;
    const target =
      focus === 'feedback'
        ? stage.querySelector<HTMLElement>(`#${CSS.escape(prefix)}-last`)
        : focus === 'first-line'
          ? stage.querySelector<HTMLElement>('.vk-turn')
          : stage.querySelector<HTMLElement>('.vk-choice');
    if (target) {
      if (!target.hasAttribute('tabindex') && !target.matches('button')) target.setAttribute('tabindex', '-1');
      target.focus();
    }
  };
  /** Runs a step of the game once the script is here; a failed fetch is said in the stage. */
  const play = (
    step: (dialogue: Dialogue, now: DialogueState) => [DialogueState, 'feedback' | 'first-line' | 'choices'],
  ) =>
    void dialogueData().then(
      (dialogue) => draw(dialogue, ...step(dialogue, state ?? start(dialogue))),
      (error: unknown) => {
        console.error('dialogue', error);
        script = undefined;
        root.querySelector<HTMLElement>('[data-vk-offline]')?.removeAttribute('hidden');
      },
    );

  stage.addEventListener('click', (event) => {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-choice]');
    if (!button) return;
    play((dialogue, now) => [choose(dialogue, now, Number(button.dataset.choice)), 'feedback']);
  });
  undo?.addEventListener('click', () => play((_dialogue, now) => [back(now), 'choices']));
  root
    .querySelector('[data-vk-restart]')
    ?.addEventListener('click', () => play((dialogue) => [start(dialogue), 'first-line']));
  const toggle = root.querySelector<HTMLInputElement>('[data-vk-translations]');
  toggle?.addEventListener('change', () => root.classList.toggle('vk-show-tr', toggle.checked));
  if (toggle) toggle.checked = root.classList.contains('vk-show-tr');

  root.classList.add('vk-ready');
}
