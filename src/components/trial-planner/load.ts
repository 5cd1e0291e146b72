import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { type PlannerData, parsePlannerData } from './data.ts';

export const plannerDataFile = 'content/data/opas/kokeilun-suunnittelija.yaml';

/** Reads the planner data from the project root (the current directory in builds and tests). */
export function loadPlannerData(root = process.cwd()): PlannerData {
  const file = path.join(root, plannerDataFile);
  if (!existsSync(file)) throw new Error(`Trial planner: ${plannerDataFile} not found under ${root}`);
  return parsePlannerData(readFileSync(file, 'utf8'), plannerDataFile);
}
