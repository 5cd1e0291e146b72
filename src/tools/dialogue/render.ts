import { format } from 'starlight-guidebook/i18n';
import { tr } from '../language/text.ts';
import { type DialogueState, isEnded, stepOf, tally } from './engine.ts';
import type { Dialogue } from './schema.ts';
import type { DialogueStrings } from './strings.ts';

/**
 * HTML of a dialogue's transcript and current choices, shared by the build and the browser.
 * Utterances are marked lang="fi" (the language practised) with the translation beside them;
 * CSS decides whether translations show.
 */

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

type Text = Readonly<Record<string, string>> & { fi: string };

function utterance(text: Text, lang: string): string {
  const translation = lang === 'fi' ? (text.en ?? '') : tr(text, lang);
  const tr_ =
    translation && translation !== text.fi
      ? `<span class="vk-tr" lang="${lang === 'fi' ? 'en' : lang}">${esc(translation)}</span>`
      : '';
  return `<span class="vk-fi" lang="fi">${esc(text.fi)}</span>${tr_}`;
}

export function renderDialogue(
  dialogue: Dialogue,
  state: DialogueState,
  lang: string,
  idPrefix: string,
  s: DialogueStrings,
): string {
  const other = esc(tr(dialogue.roles.other, lang));
  const out: string[] = ['<ol class="vk-transcript">'];
  const line = (stepId: string) => {
    const step = stepOf(dialogue, stepId);
    const note = step.note ? `<span class="vk-direction">(${esc(tr(step.note, lang))})</span>` : '';
    out.push(
      `<li class="vk-turn vk-other"><span class="vk-speaker">${other}:</span> ${note}${utterance(step.line, lang)}</li>`,
    );
  };
  let shown: string | undefined;
  state.history.forEach((turn, i) => {
    if (turn.step !== shown) line(turn.step);
    shown = turn.step;
    const choice = stepOf(dialogue, turn.step).choices[turn.choice];
    if (!choice) return;
    const last = i === state.history.length - 1;
    out.push(
      `<li class="vk-turn vk-learner"><span class="vk-speaker">${esc(s.you)}:</span> ${utterance(choice.say, lang)}</li>`,
      `<li class="vk-feedback vk-${turn.rating}"${last ? ` tabindex="-1" id="${idPrefix}-last"` : ''}><strong>${esc(s[turn.rating])}</strong> ${esc(tr(choice.feedback, lang))}</li>`,
    );
  });
  if (state.current !== shown) line(state.current);
  out.push('</ol>');

  if (isEnded(dialogue, state)) {
    const end = stepOf(dialogue, state.current);
    const count = tally(state);
    out.push(
      `<div class="vk-end" role="status"><p><strong>${esc(s.done)}</strong> ${end.summary ? esc(tr(end.summary, lang)) : ''}</p>`,
      `<p>${esc(format(s.tally, count))}</p></div>`,
    );
  } else {
    const step = stepOf(dialogue, state.current);
    out.push(
      `<div class="vk-choices" role="group" aria-labelledby="${idPrefix}-prompt"><p id="${idPrefix}-prompt" class="vk-prompt">${esc(s.prompt)}</p><ul>`,
      ...step.choices.map(
        (c, i) =>
          `<li><button type="button" class="vk-choice" data-choice="${i}">${utterance(c.say, lang)}</button></li>`,
      ),
      '</ul></div>',
    );
  }
  return out.join('');
}

export interface OutlineChoice {
  say: Text;
  feedback: string;
  rating: 'good' | 'ok' | 'retry';
  /** Number of the step it leads to, or null to try again at the same step. */
  next: number | null;
}

export interface OutlineStep {
  n: number;
  line: Text;
  note: string | undefined;
  choices: OutlineChoice[];
  end: boolean;
  summary: string | undefined;
}

/** The whole script as numbered steps, for paper and for readers without JavaScript. */
export function scriptOutline(dialogue: Dialogue, lang: string): OutlineStep[] {
  const number = new Map(dialogue.steps.map((s, i) => [s.id, i + 1]));
  return dialogue.steps.map((step, i) => ({
    n: i + 1,
    line: step.line,
    note: step.note ? tr(step.note, lang) : undefined,
    choices: step.choices.map((c) => ({
      say: c.say,
      feedback: tr(c.feedback, lang),
      rating: c.rating,
      next: c.next && c.next !== step.id ? (number.get(c.next) ?? null) : null,
    })),
    end: step.end,
    summary: step.summary ? tr(step.summary, lang) : undefined,
  }));
}

/** A step's place in the script in words: "continues at 3", "try again…", used on paper. */
export function outlineTarget(choice: OutlineChoice, s: DialogueStrings): string {
  return choice.next === null ? s.scriptStay : format(s.scriptNext, { n: choice.next });
}
