import type { ExplorerData } from './explorer-data.ts';
import type { Text } from './schema.ts';

/**
 * Levels are numbers: 0 = below the lowest level ("just starting"), 1 = the first level (A1),
 * and so on. A requirement is always at least 1; a self-rating may be 0 or missing (not rated).
 */
export type LevelIndex = number;

export interface SkillRow {
  skill: string;
  required: LevelIndex;
  own: LevelIndex | null;
  /** Levels missing to reach the requirement; 0 when met, null when not rated. */
  gap: number | null;
}

export function levelIndex(levels: readonly { id: string }[], id: string): LevelIndex {
  const i = levels.findIndex((l) => l.id === id);
  if (i < 0) throw new Error(`unknown level "${id}"`);
  return i + 1;
}

export function gapOf(required: LevelIndex, own: LevelIndex | null): number | null {
  return own === null ? null : Math.max(0, required - own);
}

/** One row per skill, in the order of `skills`. */
export function computeGaps(
  skills: readonly string[],
  required: Readonly<Record<string, LevelIndex>>,
  own: Readonly<Record<string, LevelIndex | null | undefined>>,
): SkillRow[] {
  return skills.map((skill) => {
    const req = required[skill] ?? 1;
    const mine = own[skill] ?? null;
    return { skill, required: req, own: mine, gap: gapOf(req, mine) };
  });
}

export interface SituationTip {
  id: string;
  label: Text;
  practice: Text;
}

export interface PracticeGroup {
  skill: string;
  own: LevelIndex;
  required: LevelIndex;
  gap: number;
  /** The level to work towards next (own + 1): small steps, not the whole gap at once. */
  nextLevel: LevelIndex;
  general: readonly Text[];
  situations: SituationTip[];
}

export interface PracticePlan {
  groups: PracticeGroup[];
  /** Skills the task needs that the participant has not rated yet. */
  unrated: string[];
  /** Rated skills that already meet the requirement. */
  met: string[];
}

/**
 * Concrete practice suggestions for the gaps: for each skill with a gap (largest first), the
 * general suggestions for the next level up, and the practice ideas of the task's situations
 * that use that skill. A situation is listed once, under its skill with the largest gap.
 */
export function suggestPractice(
  data: Pick<ExplorerData, 'levels' | 'situations' | 'practice' | 'skills'>,
  situationIds: readonly string[],
  rows: readonly SkillRow[],
): PracticePlan {
  const skillOrder = new Map(data.skills.map((s, i) => [s.id, i]));
  const gapped = rows
    .filter((r): r is SkillRow & { own: number; gap: number } => r.gap !== null && r.gap > 0)
    .sort((a, b) => b.gap - a.gap || (skillOrder.get(a.skill) ?? 0) - (skillOrder.get(b.skill) ?? 0));

  const used = new Set<string>();
  const situations = situationIds
    .map((id) => data.situations.find((s) => s.id === id))
    .filter((s): s is ExplorerData['situations'][number] => s !== undefined);

  const groups = gapped.map((row): PracticeGroup => {
    const nextLevel = Math.min(row.own + 1, data.levels.length);
    const levelId = data.levels[nextLevel - 1]?.id ?? '';
    const general = data.practice[row.skill]?.[levelId] ?? [];
    const tips: SituationTip[] = [];
    for (const s of situations) {
      if (used.has(s.id) || !s.skills.includes(row.skill)) continue;
      used.add(s.id);
      tips.push({ id: s.id, label: s.label, practice: s.practice });
    }
    return {
      skill: row.skill,
      own: row.own,
      required: row.required,
      gap: row.gap,
      nextLevel,
      general,
      situations: tips,
    };
  });

  return {
    groups,
    unrated: rows.filter((r) => r.own === null).map((r) => r.skill),
    met: rows.filter((r) => r.gap === 0).map((r) => r.skill),
  };
}
