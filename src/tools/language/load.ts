import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ContentError, formatIssues } from 'starlight-guidebook/worksheets';
import { parseDocument } from 'yaml';
import type { z } from 'zod';
import { cefrFile, crossCheck, type LanguageData, practiceFile, situationsFile, tasksFile } from './schema.ts';

/** Reads and validates one YAML file; returns its data or adds the problems to the list. */
export function readYaml<T>(file: string, root: string, schema: z.ZodType<T>, problems: string[]): T | undefined {
  let source: string;
  try {
    source = readFileSync(path.join(root, file), 'utf8');
  } catch {
    problems.push(`${file}: file is missing`);
    return undefined;
  }
  const doc = parseDocument(source, { prettyErrors: true });
  if (doc.errors.length > 0) {
    for (const e of doc.errors) problems.push(`${file}: invalid YAML: ${e.message.split('\n')[0]}`);
    return undefined;
  }
  const data: unknown = doc.toJS();
  const result = schema.safeParse(data);
  if (!result.success) {
    problems.push(...formatIssues(file, data, result.error.issues));
    return undefined;
  }
  return result.data;
}

const cache = new Map<string, LanguageData>();

/**
 * Loads the explorer's content from `content/data/<folder>/`: cefr.yaml, situations.yaml,
 * tasks.yaml and practice.yaml. Throws a ContentError listing every problem, so the build fails
 * with file and field rather than showing the reader a broken tool.
 */
export function loadLanguageData(folder: string, root = process.cwd()): LanguageData {
  const key = `${root}|${folder}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const dir = path.posix.join('content/data', folder);
  const problems: string[] = [];
  const cefr = readYaml(`${dir}/cefr.yaml`, root, cefrFile, problems);
  const situations = readYaml(`${dir}/situations.yaml`, root, situationsFile, problems);
  const tasks = readYaml(`${dir}/tasks.yaml`, root, tasksFile, problems);
  const practice = readYaml(`${dir}/practice.yaml`, root, practiceFile, problems);
  if (!cefr || !situations || !tasks || !practice) {
    throw new ContentError(problems, `Language data in ${dir} is not valid`);
  }
  const data: LanguageData = {
    levels: cefr.levels,
    belowLowest: cefr.belowLowest,
    skills: cefr.skills,
    situations: situations.situations,
    tasks: tasks.tasks,
    practice: practice.skills,
  };
  const cross = crossCheck(data).map((p) => `${dir}/${p}`);
  if (cross.length > 0) throw new ContentError(cross, `Language data in ${dir} is not valid`);
  cache.set(key, data);
  return data;
}
