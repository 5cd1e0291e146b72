import type { LanguageData, Text } from './schema.ts';
import { tr } from './text.ts';

/**
 * What the explorer's browser script reads of the content (render.ts, gaps.ts, client.ts): the
 * result's texts, each in the page's language only. The texts only the markup shows (the levels'
 * descriptions, the situations' descriptions and phrases, the reasons of the demands) stay out of
 * the page's data: they were two thirds of it.
 */
export interface ExplorerData {
  levels: readonly { id: string }[];
  skills: readonly { id: string; label: Text }[];
  situations: readonly { id: string; label: Text; skills: readonly string[]; practice: Text }[];
  tasks: readonly {
    id: string;
    label: Text;
    description: Text;
    demands: Readonly<Record<string, { level: string }>>;
    situations: readonly string[];
  }[];
  practice: Readonly<Record<string, Readonly<Record<string, readonly Text[]>>>>;
}

/** The explorer's content as its browser script needs it, in `lang`. */
export function explorerData(data: LanguageData, lang: string): ExplorerData {
  const one = (text: Text): Text => ({ [lang]: tr(text, lang) });
  return {
    levels: data.levels.map(({ id }) => ({ id })),
    skills: data.skills.map(({ id, label }) => ({ id, label: one(label) })),
    situations: data.situations.map(({ id, label, skills, practice }) => ({
      id,
      label: one(label),
      skills,
      practice: one(practice),
    })),
    tasks: data.tasks.map(({ id, label, description, demands, situations }) => ({
      id,
      label: one(label),
      description: one(description),
      demands: Object.fromEntries(Object.entries(demands).map(([skill, { level }]) => [skill, { level }])),
      situations,
    })),
    practice: Object.fromEntries(
      Object.entries(data.practice).map(([skill, byLevel]) => [
        skill,
        Object.fromEntries(Object.entries(byLevel).map(([level, tips]) => [level, tips.map(one)])),
      ]),
    ),
  };
}
