import type { z } from 'zod';
import { nearest } from './nearest.ts';

/**
 * The engine's one zod error map: every validation message an author reads is one plain
 * sentence, without Markdown, that says what was expected and what was found. It knows nothing
 * about guidebooks: the field names come from the schema, the values from the author's file.
 * Messages a schema sets itself (`.min(1, 'a section needs at least one field')`) win over these.
 *
 * Use: `schema.safeParse(data, { error: errorMap })`, or through `parseDataFile()`.
 */
/** How a message about a required key that is not there begins. */
export const MISSING = 'missing';

export const errorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return `${MISSING}; expected ${expectedName(issue.expected)}`;
      return `expected ${expectedName(issue.expected)}, found ${describeValue(issue.input)}`;
    case 'unrecognized_keys':
      return unknownKeys(issue.keys, knownKeys(issue.inst));
    case 'invalid_value':
      return issue.values.length === 1
        ? `expected ${quote(issue.values[0])}, found ${describeValue(issue.input)}`
        : `expected one of ${issue.values.map(quote).join(', ')}, found ${describeValue(issue.input)}${suggestion(issue.input, issue.values)}`;
    case 'too_small':
      return tooSmall(issue.origin, Number(issue.minimum), issue.inclusive !== false, issue.input);
    case 'too_big':
      return tooBig(issue.origin, Number(issue.maximum), issue.inclusive !== false, issue.input);
    case 'invalid_format':
      return `expected ${formatName(issue.format)}, found ${describeValue(issue.input)}`;
    case 'invalid_union': {
      const forms = unionForms(issue);
      return forms.length > 0
        ? `expected ${forms.join(' or ')}, found ${describeValue(issue.input)}`
        : `found ${describeValue(issue.input)}, which matches none of the allowed forms`;
    }
    default:
      return undefined;
  }
};

/** `unknown key "titel" (did you mean "title"?)`; several keys are listed in one sentence. */
export function unknownKeys(keys: readonly string[], known: readonly string[]): string {
  const named = keys.map((key) => {
    const near = nearest(key, known);
    return near ? `"${key}" (did you mean "${near}"?)` : `"${key}"`;
  });
  const list = known.length > 0 && known.length <= 12 ? `; known keys: ${known.join(', ')}` : '';
  const anyNear = keys.some((key) => nearest(key, known));
  return `unknown key${keys.length > 1 ? 's' : ''} ${named.join(', ')}${anyNear ? '' : list}`;
}

/** The keys an object schema accepts (the `inst` of an unrecognized_keys issue). */
function knownKeys(inst: unknown): string[] {
  const shape = (inst as { _zod?: { def?: { shape?: Record<string, unknown> } } } | undefined)?._zod?.def?.shape;
  return shape ? Object.keys(shape) : [];
}

function suggestion(input: unknown, values: readonly unknown[]): string {
  if (typeof input !== 'string') return '';
  const near = nearest(
    input,
    values.filter((v): v is string => typeof v === 'string'),
  );
  return near ? ` (did you mean "${near}"?)` : '';
}

const typeNames: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a group of keys (key: value)',
  record: 'a group of keys (key: value)',
  date: 'a date',
  null: 'an empty value',
  undefined: 'nothing',
  never: 'nothing here',
};

function expectedName(expected: string): string {
  return typeNames[expected] ?? expected;
}

const formatNames: Record<string, string> = {
  url: 'a web address (https://…)',
  email: 'an email address',
  regex: 'text in the required form',
  date: 'a date (YYYY-MM-DD)',
  datetime: 'a date and time',
  starts_with: 'text with the required beginning',
};

function formatName(format: string): string {
  return formatNames[format] ?? `text in ${format} form`;
}

/** A value as an author would recognise it from their file. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (typeof value === 'string') return value === '' ? 'empty text' : `the text ${quote(value)}`;
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return `${value}`;
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : `a list of ${value.length}`;
  if (value instanceof Date) return `the date ${value.toISOString().slice(0, 10)}`;
  if (typeof value === 'object') {
    const keys = Object.keys(value);
    return keys.length === 0
      ? 'an empty group of keys'
      : `keys (${keys.slice(0, 4).join(', ')}${keys.length > 4 ? ', …' : ''})`;
  }
  return typeof value;
}

function quote(value: unknown): string {
  if (typeof value !== 'string') return String(value);
  return `"${value.length > 40 ? `${value.slice(0, 39)}…` : value}"`;
}

function tooSmall(origin: string, minimum: number, inclusive: boolean, input: unknown): string {
  const found = describeValue(input);
  if (origin === 'string') {
    return minimum <= 1 ? `must not be empty` : `must be at least ${minimum} characters long, found ${found}`;
  }
  if (origin === 'array' || origin === 'set')
    return `needs at least ${minimum} item${minimum === 1 ? '' : 's'}, found ${found}`;
  return `must be ${inclusive ? 'at least' : 'more than'} ${minimum}, found ${found}`;
}

function tooBig(origin: string, maximum: number, inclusive: boolean, input: unknown): string {
  const found = describeValue(input);
  if (origin === 'string') return `must be at most ${maximum} characters long, found ${String(input).length}`;
  if (origin === 'array' || origin === 'set') return `can have at most ${maximum} items, found ${found}`;
  return `must be ${inclusive ? 'at most' : 'less than'} ${maximum}, found ${found}`;
}

/** The kinds of value the options of a union accept, from their type errors at the same place. */
interface InnerIssue {
  code?: string;
  expected?: string;
  path?: readonly PropertyKey[];
  values?: readonly unknown[];
  format?: string;
}
function unionForms(issue: { errors?: readonly (readonly InnerIssue[])[] }): string[] {
  const forms = new Set<string>();
  for (const option of issue.errors ?? []) {
    for (const inner of option) {
      if (inner.path && inner.path.length > 0) continue;
      if (inner.code === 'invalid_type' && inner.expected) forms.add(expectedName(inner.expected));
      else if (inner.code === 'invalid_value' && inner.values) forms.add(inner.values.map(quote).join(' or '));
      else if (inner.code === 'invalid_format' && inner.format) forms.add(formatName(inner.format));
    }
  }
  return [...forms];
}
