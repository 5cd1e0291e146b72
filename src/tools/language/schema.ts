import { localizedText } from 'starlight-guidebook/worksheets';
import { z } from 'zod';
import { utterance } from './utterance.ts';

/**
 * Shapes of the language-requirement explorer's content files (content/data/<folder>/*.yaml).
 * The content decides the skills, levels, situations and tasks; the code only knows their shape.
 */

const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lowercase letters, digits and hyphens');
const levelId = z.string().regex(/^[A-Z][0-9]$/, 'must be a level code such as A1 or B2');

export const cefrFile = z
  .object({
    levels: z.array(z.object({ id: levelId, label: localizedText }).strict()).min(2),
    belowLowest: z.object({ label: localizedText }).strict(),
    skills: z
      .array(
        z
          .object({
            id,
            label: localizedText,
            question: localizedText,
            levels: z.record(levelId, localizedText),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();

export const situationsFile = z
  .object({
    situations: z
      .array(
        z
          .object({
            id,
            label: localizedText,
            description: localizedText,
            skills: z.array(id).min(1),
            phrases: z.array(utterance).default([]),
            practice: localizedText,
          })
          .strict(),
      )
      .min(1),
  })
  .strict();

export const tasksFile = z
  .object({
    tasks: z
      .array(
        z
          .object({
            id,
            label: localizedText,
            description: localizedText,
            demands: z.record(id, z.object({ level: levelId, note: localizedText }).strict()),
            situations: z.array(id).min(1),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();

export const practiceFile = z
  .object({ skills: z.record(id, z.record(levelId, z.array(localizedText).min(1))) })
  .strict();

export type CefrFile = z.infer<typeof cefrFile>;
export type SituationsFile = z.infer<typeof situationsFile>;
export type TasksFile = z.infer<typeof tasksFile>;
export type PracticeFile = z.infer<typeof practiceFile>;
export type Text = z.infer<typeof localizedText>;

/** Everything the explorer needs, after validation and cross-checking. */
export interface LanguageData {
  levels: CefrFile['levels'];
  belowLowest: CefrFile['belowLowest'];
  skills: CefrFile['skills'];
  situations: SituationsFile['situations'];
  tasks: TasksFile['tasks'];
  practice: PracticeFile['skills'];
}

/** Cross-file rules: every id that is referred to exists, every task rates every skill. */
export function crossCheck(data: LanguageData): string[] {
  const problems: string[] = [];
  const levels = new Set(data.levels.map((l) => l.id));
  const skills = new Set(data.skills.map((s) => s.id));
  const situations = new Set(data.situations.map((s) => s.id));
  const dupes = (ids: string[], what: string) => {
    const seen = new Set<string>();
    for (const x of ids) {
      if (seen.has(x)) problems.push(`duplicate ${what} id "${x}"`);
      seen.add(x);
    }
  };
  dupes(
    data.levels.map((l) => l.id),
    'level',
  );
  dupes(
    data.skills.map((s) => s.id),
    'skill',
  );
  dupes(
    data.situations.map((s) => s.id),
    'situation',
  );
  dupes(
    data.tasks.map((t) => t.id),
    'task',
  );
  for (const skill of data.skills) {
    for (const level of levels) {
      if (!skill.levels[level]) problems.push(`cefr: skill "${skill.id}" has no description for level ${level}`);
    }
    for (const level of Object.keys(skill.levels)) {
      if (!levels.has(level)) problems.push(`cefr: skill "${skill.id}" describes unknown level ${level}`);
    }
  }
  for (const s of data.situations) {
    for (const k of s.skills) {
      if (!skills.has(k)) problems.push(`situations: "${s.id}" names unknown skill "${k}"`);
    }
  }
  for (const t of data.tasks) {
    for (const k of skills) {
      if (!t.demands[k]) problems.push(`tasks: "${t.id}" has no demand for skill "${k}"`);
    }
    for (const [k, d] of Object.entries(t.demands)) {
      if (!skills.has(k)) problems.push(`tasks: "${t.id}" rates unknown skill "${k}"`);
      if (!levels.has(d.level)) problems.push(`tasks: "${t.id}".${k} has unknown level ${d.level}`);
    }
    for (const s of t.situations) {
      if (!situations.has(s)) problems.push(`tasks: "${t.id}" names unknown situation "${s}"`);
    }
  }
  for (const [k, byLevel] of Object.entries(data.practice)) {
    if (!skills.has(k)) problems.push(`practice: unknown skill "${k}"`);
    for (const level of Object.keys(byLevel)) {
      if (!levels.has(level)) problems.push(`practice: "${k}" has unknown level ${level}`);
    }
  }
  return problems;
}
