import { DataError, parseData } from 'starlight-guidebook/schemas';
import { z } from 'zod';

/**
 * The trial planner's content: questions, phases and checklist items, per locale. Kept in
 * content/data/<material>/trial-planner.yaml so authors edit text, not code.
 */

const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lowercase letters, digits and hyphens');
const text = z.object({ fi: z.string().trim().min(1), en: z.string().trim().min(1).optional() }).strict();
export type PlannerText = z.infer<typeof text>;

const option = z.object({ id, label: text }).strict();
const question = z
  .object({ id, short: text, label: text, help: text.optional(), options: z.array(option).min(2) })
  .strict();
const phase = z.object({ id, title: text }).strict();
const item = z
  .object({
    id,
    phase: id,
    text,
    /** A site path in the root locale, e.g. /guide/orientation/; other locales get their prefix. */
    link: z
      .string()
      .regex(/^\/[a-z0-9/-]*\/$/, 'must be a site path with slashes at both ends, e.g. /guide/roles/')
      .optional(),
    /** Question id -> the answers that show the item. Every listed question must match. */
    when: z.record(id, z.array(id).min(1)).optional(),
  })
  .strict();

export const plannerSchema = z
  .object({
    version: z.number().int().min(1),
    title: text,
    phases: z.array(phase).min(1),
    questions: z.array(question).min(1),
    items: z.array(item).min(1),
  })
  .strict()
  .superRefine((data, ctx) => {
    const unique = (ids: string[], what: string, path: string) => {
      const seen = new Set<string>();
      ids.forEach((value, index) => {
        if (seen.has(value))
          ctx.addIssue({ code: 'custom', path: [path, index, 'id'], message: `duplicate ${what} id "${value}"` });
        seen.add(value);
      });
    };
    unique(
      data.phases.map((p) => p.id),
      'phase',
      'phases',
    );
    unique(
      data.questions.map((q) => q.id),
      'question',
      'questions',
    );
    unique(
      data.items.map((i) => i.id),
      'item',
      'items',
    );
    data.questions.forEach((q, index) => {
      unique(
        q.options.map((o) => o.id),
        'option',
        `questions.${index}.options`,
      );
    });
    const phases = new Set(data.phases.map((p) => p.id));
    const questions = new Map(data.questions.map((q) => [q.id, new Set(q.options.map((o) => o.id))]));
    data.items.forEach((entry, index) => {
      if (!phases.has(entry.phase)) {
        ctx.addIssue({ code: 'custom', path: ['items', index, 'phase'], message: `unknown phase "${entry.phase}"` });
      }
      for (const [questionId, answers] of Object.entries(entry.when ?? {})) {
        const options = questions.get(questionId);
        if (!options) {
          ctx.addIssue({
            code: 'custom',
            path: ['items', index, 'when', questionId],
            message: `unknown question "${questionId}"`,
          });
          continue;
        }
        for (const answer of answers) {
          if (!options.has(answer)) {
            ctx.addIssue({
              code: 'custom',
              path: ['items', index, 'when', questionId],
              message: `question "${questionId}" has no answer "${answer}"`,
            });
          }
        }
      }
    });
  });

export type PlannerData = z.infer<typeof plannerSchema>;
export type PlannerItem = PlannerData['items'][number];
export type PlannerQuestion = PlannerData['questions'][number];

/** Parses and validates the YAML; throws one error naming the file, the line, the path and the reason. */
export function parsePlannerData(source: string, file = 'trial-planner.yaml'): PlannerData {
  const parsed = parseData(file, source, plannerSchema);
  if (!parsed.ok) throw new DataError(parsed.problems, 'Trial planner data is not valid');
  return parsed.data;
}
