import path from 'node:path';
import { DataError, formatProblem, readDataFile } from 'starlight-guidebook/schemas';
import type { z } from 'zod';
import { cefrFile, crossCheck, type LanguageData, practiceFile, situationsFile, tasksFile } from './schema.ts';

/** Reads and validates one YAML file; returns its data or adds the problems to the list. */
export function readYaml<T>(file: string, root: string, schema: z.ZodType<T>, problems: string[]): T | undefined {
  const parsed = readDataFile(root, file, schema);
  if (parsed.ok) return parsed.data;
  problems.push(...parsed.problems.map(formatProblem));
  return undefined;
}

const cache = new Map<string, LanguageData>();

/**
 * Loads the explorer's content from `content/data/<folder>/`: cefr.yaml, situations.yaml,
 * tasks.yaml and practice.yaml. Throws a DataError listing every problem, so the build fails
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
    throw new DataError(problems, `Language data in ${dir} is not valid`);
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
  if (cross.length > 0) throw new DataError(cross, `Language data in ${dir} is not valid`);
  cache.set(key, data);
  return data;
}
