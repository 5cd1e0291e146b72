import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { type PlannerData, parsePlannerData } from './data.ts';

/** Where a material's planner data lives: `content/data/<folder>/trial-planner.yaml`. */
export function plannerDataFile(folder: string): string {
  return `content/data/${folder}/trial-planner.yaml`;
}

/** Reads the planner data from the project root (the current directory in builds and tests). */
export function loadPlannerData(folder: string, root = process.cwd()): PlannerData {
  const relative = plannerDataFile(folder);
  const file = path.join(root, relative);
  if (!existsSync(file)) throw new Error(`Trial planner: ${relative} not found under ${root}`);
  return parsePlannerData(readFileSync(file, 'utf8'), relative);
}
