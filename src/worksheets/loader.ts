import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { loadWorksheets } from './load.ts';

/**
 * Astro content loader for `content/worksheets/*.yaml`. It validates with our own schema
 * (not Astro's generic one) so that a broken definition fails the build with the file,
 * the path inside it and the reason.
 */
export function worksheetLoader(folder = 'content/worksheets'): Loader {
  return {
    name: 'worksheet-loader',
    load: async ({ store, config, watcher, logger }) => {
      const root = fileURLToPath(config.root);
      const sync = async () => {
        const sheets = await loadWorksheets(root, folder);
        store.clear();
        for (const { file, definition } of sheets) {
          store.set({ id: definition.id, data: definition as unknown as Record<string, unknown>, filePath: file });
        }
        logger.info(`${sheets.length} worksheets`);
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
