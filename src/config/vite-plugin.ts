import { readFile } from 'node:fs/promises';
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

/** Patches Starlight components' template source where its markup fails an accessibility rule. */
export function starlightA11yPatches(): Plugin {
  return {
    name: 'guidebook-starlight-a11y',
    enforce: 'pre',
    // A `load` hook: Astro compiles .astro files in its own pre-transform, before ours could run.
    async load(id) {
      if (!id.endsWith('@astrojs/starlight/dist/components/Search.astro')) return undefined;
      return patchSearchButton(await readFile(id, 'utf8'));
    },
  };
}

/**
 * Starlight's search button is named by an aria-label ("Haku") while it also shows the shortcut
 * "Ctrl K", which fails WCAG 2.5.3 label in name (axe `label-content-name-mismatch`). The patch
 * names the button by its content instead: a screen-reader-only label (present at every width,
 * the visible one is hidden on phones) and the visible parts hidden from assistive technology.
 * The shortcut is still announced through `aria-keyshortcuts`. The a11y test fails if the patch
 * stops applying.
 */
export function patchSearchButton(code: string): string {
  const patched = code
    .replace("aria-label={Astro.locals.t('search.label')}\n\t\taria-keyshortcuts", 'aria-keyshortcuts')
    .replace(
      '<span class="sl-hidden md:sl-block" aria-hidden="true">',
      '<span class="sr-only">{Astro.locals.t(\'search.label\')}</span><span class="sl-hidden md:sl-block" aria-hidden="true">',
    )
    .replace(
      '<kbd class="sl-hidden md:sl-flex" style="display: none;">',
      '<kbd class="sl-hidden md:sl-flex" style="display: none;" aria-hidden="true">',
    );
  return patched;
}
