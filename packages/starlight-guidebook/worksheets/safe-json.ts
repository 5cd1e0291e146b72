/**
 * JSON from places the page does not control (browser storage, imported files), read so that no
 * value can break the page: a size limit, a nesting limit checked without recursion before the
 * text is parsed, and objects without a prototype, so keys such as `__proto__` or `constructor`
 * stay plain data and never reach `Object.prototype` or its methods.
 */

/** Deeper than any answer file the engine writes (a table answer sits at depth 7 of an export). */
export const MAX_DEPTH = 64;
/**
 * Browsers give a site about 5 million characters of storage (Chromium 10 MiB of UTF-16, Firefox
 * 5 MB): anything stored is within this, and an answer file of ours is far smaller.
 */
export const MAX_CHARS = 6_000_000;

export type JsonError = 'tooLarge' | 'tooDeep' | 'notJson';
export type JsonResult = { ok: true; value: unknown } | { ok: false; error: JsonError };

/** A plain object with no prototype: any key, even `__proto__`, is an ordinary property. */
export function record<T = unknown>(entries?: Iterable<readonly [string, T]>): Record<string, T> {
  const out = Object.create(null) as Record<string, T>;
  for (const [k, v] of entries ?? []) out[k] = v;
  return out;
}

export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** How deeply arrays and objects nest in JSON text, counted in one pass (strings skipped). */
export function nestingDepth(text: string, stopAt = Number.POSITIVE_INFINITY): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      // A backslash: the next character is escaped.
      if (c === 92) i++;
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      depth++;
      if (depth > max) max = depth;
      if (max > stopAt) return max;
    } else if (c === 125 || c === 93) depth--;
  }
  return max;
}

/** Parses JSON within the limits. Never throws. */
export function parseJson(text: string, limits: { maxChars?: number; maxDepth?: number } = {}): JsonResult {
  const { maxChars = MAX_CHARS, maxDepth = MAX_DEPTH } = limits;
  if (typeof text !== 'string') return { ok: false, error: 'notJson' };
  if (text.length > maxChars) return { ok: false, error: 'tooLarge' };
  if (nestingDepth(text, maxDepth) > maxDepth) return { ok: false, error: 'tooDeep' };
  try {
    return {
      ok: true,
      value: JSON.parse(text, (_key, value: unknown) =>
        isRecord(value) ? record(Object.entries(value)) : value,
      ) as unknown,
    };
  } catch {
    return { ok: false, error: 'notJson' };
  }
}
