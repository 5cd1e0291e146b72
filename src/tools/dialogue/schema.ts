import { localizedText } from 'starlight-guidebook/worksheets';
import { z } from 'zod';
import { utterance } from '../language/utterance.ts';

/**
 * A practice dialogue: a branching script between the learner and another person (supervisor,
 * customer, co-worker). `line` and `say` are Finnish utterances with a translation in the other
 * locales; `feedback`, `title`, `setting` and `summary` are explanations in the reader's language.
 */

const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lowercase letters, digits and hyphens');

export const ratings = ['good', 'ok', 'retry'] as const;
export type Rating = (typeof ratings)[number];

export const choice = z
  .object({
    say: utterance,
    feedback: localizedText,
    rating: z.enum(ratings),
    /** The step that follows; without it the learner stays on the same step and tries again. */
    next: id.optional(),
  })
  .strict();

export const step = z
  .object({
    id,
    line: utterance,
    /** A short stage note, e.g. "shows the bottle". */
    note: localizedText.optional(),
    choices: z.array(choice).default([]),
    end: z.boolean().default(false),
    summary: localizedText.optional(),
  })
  .strict();

export const dialogueSchema = z
  .object({
    id,
    version: z.number().int().min(1),
    title: localizedText,
    setting: localizedText,
    /** The situation (situations.yaml id) this dialogue practises, if any. */
    situation: id.optional(),
    roles: z.object({ other: localizedText, learner: localizedText }).strict(),
    start: id,
    steps: z.array(step).min(2),
  })
  .strict();

export type Dialogue = z.infer<typeof dialogueSchema>;
export type DialogueInput = z.input<typeof dialogueSchema>;
export type Step = Dialogue['steps'][number];
export type Choice = Step['choices'][number];
