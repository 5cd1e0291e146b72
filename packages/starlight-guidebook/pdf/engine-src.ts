import { fileURLToPath } from 'node:url';

/**
 * The engine's `src/` folder. The only module that looks at its own address: the PDF worker is a
 * bundle that defines `import.meta.url` as this file's URL (see worker-run.ts).
 */
export const engineModuleUrl = import.meta.url;
export const engineSrc = fileURLToPath(new URL('../', engineModuleUrl)).replace(/[/]$/, '');
