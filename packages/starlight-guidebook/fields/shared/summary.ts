/**
 * What a summary aspect is (fields/<type>/summary.ts), and its helpers; loaded with the rounds
 * view only, so kept apart from the answer helpers every worksheet page loads.
 */
import type { FieldSpec } from './spec.ts';

/**
 * A field type's summary aspect (fields/<type>/summary.ts): a fitting, non-empty answer as plain
 * text, for the read-only view of an earlier round and its printed table. `yes` is the word for a
 * ticked item.
 */
export type FieldSummary<V> = (f: FieldSpec, v: V, yes: string) => string;

/** An option's, item's, row's or column's label, by its id (the id when the spec has no label). */
export const keyLabel = (f: FieldSpec, k: string): string => f.keyLabels?.[(f.keys ?? []).indexOf(k)] ?? k;

/** A text or a date: as it is. */
export const asIs: FieldSummary<string> = (_f, v) => v;
