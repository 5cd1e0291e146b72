import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { DataError } from '../schemas/data-file.ts';
import type { StoredWorksheet } from './entry.ts';
import { parseWorksheet, worksheetFiles } from './load.ts';

/**
 * Astro content loader for `content/worksheets/*.yaml`. It validates with our own schema
 * (not Astro's generic one) so that a broken definition fails the build with the file,
 * the path inside it and the reason. A definition is read again only when its file, or the
 * engine's schema, has changed since the last build (Astro keeps the entries between builds).
 */
export function worksheetLoader(locales: readonly string[], folder = 'content/worksheets'): Loader {
  return {
    name: 'worksheet-loader',
    load: async ({ store, config, watcher, logger, generateDigest }) => {
      const root = fileURLToPath(config.root);
      // Unreadable (an unusual install): then every build reads every definition again.
      const schema = await readFile(new URL('./schema.ts', import.meta.url), 'utf8').catch(() => String(Date.now()));
      const sync = async () => {
        const files = await worksheetFiles(root, folder);
        const problems: string[] = [];
        const ids = new Set<string>();
        let read = 0;
        for (const { file, source } of files) {
          // The file name is the id (parseWorksheet insists on it).
          const id = path.basename(file).replace(/\.ya?ml$/, '');
          // `json`: the format the entry is stored in (entry.ts); a change of format reads all again.
          const digest = generateDigest(`${schema}\0${locales.join()}\0json\0${source}`);
          ids.add(id);
          if (store.get(id)?.digest === digest) continue;
          const parsed = parseWorksheet(file, source, locales);
          if (!parsed.ok) {
            problems.push(...parsed.problems);
            continue;
          }
          read++;
          const data: StoredWorksheet & Record<string, unknown> = { json: JSON.stringify(parsed.definition) };
          store.set({ id: parsed.definition.id, data, filePath: file, digest });
        }
        if (problems.length > 0) throw new DataError(problems, 'Worksheet definitions are not valid');
        for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
        logger.info(`${files.length} worksheets (${read} read again)`);
      };
      await sync();
      watcher?.add(folder);
      watcher?.on('all', (_event, changed) => {
        if (changed.includes(folder.replaceAll('/', '\\')) || changed.includes(folder)) {
          sync().catch((error: unknown) => logger.error(String(error instanceof Error ? error.message : error)));
        }
      });
    },
  };
}
