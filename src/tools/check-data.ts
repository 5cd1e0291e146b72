import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { DataError, quietHookError } from 'starlight-guidebook/schemas';
import { dialogueIds, loadDialogue } from './dialogue/load.ts';
import { loadLanguageData } from './language/load.ts';
import { loadModel } from './studification/model.ts';
import { loadPlannerData } from './trial-planner/load.ts';

/** Every data file of the site's tools under content/data/, loaded once; the problems of all of them. */
export function toolDataProblems(root: string): string[] {
  const data = path.join(root, 'content/data');
  const folders = existsSync(data) ? readdirSync(data).sort() : [];
  const problems: string[] = [];
  const check = (load: () => unknown) => {
    try {
      load();
    } catch (error) {
      if (error instanceof DataError) problems.push(...error.problems);
      else throw error;
    }
  };
  for (const folder of folders) {
    const has = (file: string) => existsSync(path.join(data, folder, file));
    if (has('trial-planner.yaml')) check(() => loadPlannerData(folder, root));
    if (has('malli.yaml')) check(() => loadModel(folder, root));
    if (has('cefr.yaml')) check(() => loadLanguageData(folder, root));
    for (const id of dialogueIds(folder, root)) check(() => loadDialogue(folder, id, root));
  }
  return problems;
}

/**
 * Checks the tools' data when the build starts, so a mistake stops it once, with file and line,
 * before any page or PDF that shows the tool is made (each would otherwise fail with it).
 */
export function toolDataChecks(): AstroIntegration {
  return {
    name: 'site-tool-data',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const problems = toolDataProblems(fileURLToPath(config.root));
        if (problems.length === 0) return;
        quietHookError(logger);
        throw new DataError(problems, "The tools' data is not valid");
      },
    },
  };
}
