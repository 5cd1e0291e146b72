import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
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

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = path.join(dir, name);
      return statSync(full).isDirectory() ? filesUnder(full) : [full];
    });
}

/** Hash of what the check reads: the tools' data and the tools' code (their schemas and loaders). */
export function toolDataHash(root: string): string {
  const h = createHash('sha256');
  for (const file of [...filesUnder(path.join(root, 'content/data')), ...filesUnder(path.join(root, 'src/tools'))]) {
    h.update(path.relative(root, file));
    h.update('\0');
    h.update(readFileSync(file));
    h.update('\0');
  }
  return h.digest('hex');
}

/**
 * Checks the tools' data when the build starts, so a mistake stops it once, with file and line,
 * before any page or PDF that shows the tool is made (each would otherwise fail with it).
 * Data found valid is not checked again while neither it nor the tools' code changes (a rebuild
 * spent a third of a second on it): the hash of both is kept in Astro's cache folder.
 */
export function toolDataChecks(): AstroIntegration {
  return {
    name: 'site-tool-data',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const root = fileURLToPath(config.root);
        const record = path.join(fileURLToPath(config.cacheDir), 'site-tool-data.json');
        const hash = toolDataHash(root);
        if (readValid(record) === hash) return;
        const problems = toolDataProblems(root);
        if (problems.length > 0) {
          quietHookError(logger);
          throw new DataError(problems, "The tools' data is not valid");
        }
        mkdirSync(path.dirname(record), { recursive: true });
        writeFileSync(record, JSON.stringify({ valid: hash }));
      },
    },
  };
}

function readValid(file: string): string | undefined {
  try {
    return (JSON.parse(readFileSync(file, 'utf8')) as { valid?: string }).valid;
  } catch {
    return undefined;
  }
}
