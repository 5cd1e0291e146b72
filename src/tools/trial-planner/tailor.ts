import type { PlannerData, PlannerItem, PlannerText } from './data.ts';

/** The employer's answers: question id -> chosen option id. Unanswered questions are absent. */
export type Answers = Record<string, string | undefined>;

export function localize(value: PlannerText, locale: string): string {
  return (value as Record<string, string | undefined>)[locale] ?? value.fi;
}

/** Site path of a linked page in the given locale (Finnish is the root locale). */
export function localePath(path: string, locale: string, base = '/'): string {
  const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${prefix}${locale === 'fi' ? '' : `/${locale}`}${path}`;
}

/**
 * Whether an item belongs on this employer's list: items without conditions always do; an item
 * with conditions needs every listed question answered with one of the listed answers.
 */
export function matches(item: Pick<PlannerItem, 'when'>, answers: Answers): boolean {
  return Object.entries(item.when ?? {}).every(([question, accepted]) => {
    const answer = answers[question];
    return answer !== undefined && accepted.includes(answer);
  });
}

/** Drops answers to unknown questions and unknown options, e.g. from an older saved version. */
export function cleanAnswers(data: PlannerData, answers: unknown): Answers {
  const clean: Answers = {};
  if (!answers || typeof answers !== 'object') return clean;
  for (const question of data.questions) {
    const value = (answers as Record<string, unknown>)[question.id];
    if (typeof value === 'string' && question.options.some((o) => o.id === value)) clean[question.id] = value;
  }
  return clean;
}

export interface TailoredPhase {
  id: string;
  title: string;
  items: PlannerItem[];
}

/** The tailored checklist, phase by phase, in the order of the data file. */
export function tailor(data: PlannerData, answers: Answers, locale: string): TailoredPhase[] {
  return data.phases.map((phase) => ({
    id: phase.id,
    title: localize(phase.title, locale),
    items: data.items.filter((item) => item.phase === phase.id && matches(item, answers)),
  }));
}

/** "Mentor: Not yet; Workplace: A small company" – why a conditional item is on the list. */
export function conditionText(data: PlannerData, item: Pick<PlannerItem, 'when'>, locale: string): string | undefined {
  const parts = Object.entries(item.when ?? {}).map(([questionId, accepted]) => {
    const question = data.questions.find((q) => q.id === questionId);
    if (!question) return questionId;
    const labels = accepted.map((a) => localize(question.options.find((o) => o.id === a)?.label ?? { fi: a }, locale));
    // "A, B tai C" / "A, B, or C": each language's own way of listing alternatives.
    return `${localize(question.short, locale)}: ${new Intl.ListFormat(locale, { type: 'disjunction' }).format(labels)}`;
  });
  return parts.length > 0 ? parts.join('; ') : undefined;
}

export interface AnswerSummary {
  question: string;
  answer: string | undefined;
}

/** The answers in question order, for the printed plan. */
export function summarize(data: PlannerData, answers: Answers, locale: string): AnswerSummary[] {
  return data.questions.map((q) => {
    const option = q.options.find((o) => o.id === answers[q.id]);
    return { question: localize(q.short, locale), answer: option ? localize(option.label, locale) : undefined };
  });
}

export function answeredCount(data: PlannerData, answers: Answers): number {
  return data.questions.filter((q) => answers[q.id] !== undefined).length;
}

/**
 * What the browser script reads of the planner's content, in one locale: question ids, their short
 * labels and options, and each item's id, phase and conditions. The texts of the items, their
 * links and the long question labels are in the page already; the other locale's texts are not
 * needed (each text keeps the page's own under `fi`, which `localize` falls back to).
 */
export function clientPlannerData(data: PlannerData, locale: string): PlannerData {
  const one = (value: PlannerText): PlannerText => ({ fi: localize(value, locale) });
  return {
    version: data.version,
    title: one(data.title),
    phases: data.phases.map((p) => ({ id: p.id, title: { fi: '' } })),
    questions: data.questions.map((q) => ({
      id: q.id,
      short: one(q.short),
      label: { fi: '' },
      options: q.options.map((o) => ({ id: o.id, label: one(o.label) })),
    })),
    items: data.items.map((i) => ({ id: i.id, phase: i.phase, text: { fi: '' }, ...(i.when ? { when: i.when } : {}) })),
  };
}
