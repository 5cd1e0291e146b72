import type { z } from 'zod';

type PathKey = PropertyKey;

/** `['sections', 1, 'fields', 3, 'min']` -> `sections[1].fields[3].min` */
export function formatPath(path: readonly PathKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(root)';
}

/** Finds the `id` of the nearest object on the path, so an error can say which field it is about. */
function nearestId(data: unknown, path: readonly PathKey[]): { at: number; id: string } | undefined {
  let best: { at: number; id: string } | undefined;
  let node: unknown = data;
  for (let i = 0; i < path.length; i++) {
    if (node === null || typeof node !== 'object') break;
    node = (node as Record<PropertyKey, unknown>)[path[i] as PropertyKey];
    if (node && typeof node === 'object' && typeof (node as { id?: unknown }).id === 'string') {
      best = { at: i, id: (node as { id: string }).id };
    }
  }
  return best;
}

/**
 * One line per problem: `file: sections[1].fields[3] (id "tavoite").min: reason`.
 * The id is placed after the path segment of the object it belongs to.
 */
export function formatIssues(
  file: string,
  data: unknown,
  issues: readonly Pick<z.core.$ZodIssue, 'path' | 'message'>[],
): string[] {
  return issues.map((issue) => {
    const found = nearestId(data, issue.path);
    let where: string;
    if (found) {
      const head = formatPath(issue.path.slice(0, found.at + 1));
      const tail = formatPath(issue.path.slice(found.at + 1));
      where = `${head} (id "${found.id}")${tail === '(root)' ? '' : `.${tail}`}`.replace('.[', '[');
    } else {
      where = formatPath(issue.path);
    }
    return `${file}: ${where}: ${issue.message}`;
  });
}

export class ContentError extends Error {
  readonly problems: string[];
  constructor(problems: string[], heading = 'Content is not valid') {
    super(`${heading}:\n${problems.map((p) => `  ${p}`).join('\n')}`);
    this.problems = problems;
    this.name = 'ContentError';
  }
}
