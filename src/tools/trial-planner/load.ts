import { loadDataFile } from 'starlight-guidebook/schemas';
import { type PlannerData, plannerSchema } from './data.ts';

/** Where a material's planner data lives: `content/data/<folder>/trial-planner.yaml`. */
export function plannerDataFile(folder: string): string {
  return `content/data/${folder}/trial-planner.yaml`;
}

/** Reads the planner data from the project root (the current directory in builds and tests). */
export function loadPlannerData(folder: string, root = process.cwd()): PlannerData {
  return loadDataFile(root, plannerDataFile(folder), plannerSchema, 'Trial planner data is not valid');
}
