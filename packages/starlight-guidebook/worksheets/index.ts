/**
 * The worksheet model, for tools built on worksheets (no DOM, no Node): the definition schema and
 * its types, the shape of each answer value and how answers are checked, reconciled and counted,
 * the rounds of a repeatable worksheet, and localized texts. Loading and its errors (file, line, field, reason): `starlight-guidebook/schemas`.
 */

export { format, formatCount } from '../translations/format.ts';
export {
  type Answers,
  type AnswerType,
  clientSpec,
  type FieldSpec,
  isAnswered,
  mergeAnswers,
  progress,
  reconcile,
  type SheetSpec,
} from './answers.ts';
export { definitionOf, type StoredWorksheet } from './entry.ts';
export { answerText, type ChangeSeries, changeSeries, startRound } from './round-compare.ts';
export { allRounds, currentRound, type Round, type RoundInfo, roundCount } from './rounds.ts';
export {
  type Field,
  type FieldType,
  fieldTypes,
  type LocalizedText,
  localizedText,
  type WorksheetDefinition,
} from './schema.ts';
export { maybeText, pickText } from './text.ts';
