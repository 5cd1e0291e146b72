import type { Plugin } from 'vite';
import type { SiteConfig } from './site-config.ts';
import { themeCss } from './theme.ts';

const modules = {
  'virtual:guidebook/theme.css': (config: SiteConfig) => themeCss(config),
  'virtual:guidebook/config': (config: SiteConfig) => `export default ${JSON.stringify(config)};`,
} as const;
type ModuleId = keyof typeof modules;

/**
 * Serves the site config to components (`virtual:guidebook/config`) and its colours as CSS
 * (`virtual:guidebook/theme.css`), so nothing in `src/` imports a project's own files.
 */
export function guidebookVitePlugin(config: SiteConfig): Plugin {
  return {
    name: 'guidebook-config',
    resolveId(id) {
      return id in modules ? `\0${id}` : undefined;
    },
    load(id) {
      if (!id.startsWith('\0')) return undefined;
      const make = modules[id.slice(1) as ModuleId];
      return make ? make(config) : undefined;
    },
  };
}
