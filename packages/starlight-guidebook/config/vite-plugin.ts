import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import type { SiteConfig } from './site-config.ts';
import { themeCss } from './theme.ts';

const searchClient = fileURLToPath(new URL('../search/client.ts', import.meta.url));

const modules = {
  'virtual:guidebook/theme.css': (config: SiteConfig) => themeCss(config),
  'virtual:guidebook/config': (config: SiteConfig) => `export default ${JSON.stringify(config)};`,
  // The search dialog's base-form client, told which locales have word tables (not the whole config).
  'virtual:guidebook/search-client': (config: SiteConfig) =>
    `import { baseFormSearch as make } from ${JSON.stringify(searchClient)};\n` +
    `export const baseFormSearch = (root) => make(root, ${JSON.stringify(Object.keys(config.searchBaseForms))}, import.meta.env.BASE_URL);`,
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

const patches: Record<string, (code: string) => string> = {
  '@astrojs/starlight/dist/components/Search.astro': (code) => patchSearchBaseForms(patchSearchButton(code)),
  '@astrojs/starlight/dist/user-components/TabItem.astro': patchTabItemForPrint,
  '@astrojs/starlight/dist/components/SidebarPersister.astro': patchSidebarScripts,
  '@astrojs/starlight/dist/utils/routing/index.js': patchNotFoundRoute,
  '@astrojs/starlight/dist/utils/routing/data.js': patchNotFoundEntry,
  '@astrojs/starlight/dist/components/ThemeProvider.astro': patchThemeProvider,
  '@astrojs/starlight/dist/components/ThemeSelect.astro': patchThemeSelect,
  '@astrojs/starlight/dist/user-components/Tabs.astro': patchSyncedTabs,
};

/** Replaces `from` with `to` in `code`, or throws: a patch that silently stops applying is a bug. */
function replaceOnce(code: string, from: string, to: string, what: string): string {
  if (!code.includes(from))
    throw new Error(`Starlight patch "${what}" no longer applies: update config/vite-plugin.ts of starlight-guidebook`);
  return code.replace(from, to);
}

/**
 * Starlight's theme script reads `starlight-theme` from storage and puts it in a CSS selector
 * (`'.' + theme`): a value other than light/dark/auto (written by another script, or corrupt)
 * threw "'.{corrupt' is not a valid selector" on every page, and storage that the browser refuses
 * threw a SecurityError. The patched script takes only the three known values and survives a
 * refused storage.
 */
export function patchThemeProvider(code: string): string {
  return replaceOnce(
    code,
    "const storedTheme =\n\t\t\ttypeof localStorage !== 'undefined' && localStorage.getItem('starlight-theme');",
    "const storedTheme = (() => {\n\t\t\ttry {\n\t\t\t\tconst stored = typeof localStorage !== 'undefined' && localStorage.getItem('starlight-theme');\n\t\t\t\treturn stored === 'light' || stored === 'dark' ? stored : '';\n\t\t\t} catch {\n\t\t\t\treturn '';\n\t\t\t}\n\t\t})();",
    'theme provider',
  );
}

/**
 * Starlight's theme picker saves the theme on every page load; with storage full that threw an
 * uncaught QuotaExceededError on every page. Saving and reading the preference may now fail
 * quietly: the theme still applies for the visit.
 */
export function patchThemeSelect(code: string): string {
  const read = replaceOnce(
    code,
    "parseTheme(typeof localStorage !== 'undefined' && localStorage.getItem(storageKey));",
    "{\n\t\ttry {\n\t\t\treturn parseTheme(typeof localStorage !== 'undefined' && localStorage.getItem(storageKey));\n\t\t} catch {\n\t\t\treturn 'auto';\n\t\t}\n\t};",
    'theme select (read)',
  ).replace('const loadTheme = (): Theme =>\n\t\t{', 'const loadTheme = (): Theme => {');
  return replaceOnce(
    read,
    "\t\tif (typeof localStorage !== 'undefined') {\n\t\t\tlocalStorage.setItem(storageKey, theme === 'light' || theme === 'dark' ? theme : '');\n\t\t}",
    "\t\ttry {\n\t\t\tif (typeof localStorage !== 'undefined') {\n\t\t\t\tlocalStorage.setItem(storageKey, theme === 'light' || theme === 'dark' ? theme : '');\n\t\t\t}\n\t\t} catch {\n\t\t\t// Storage full or refused: the theme applies for this visit.\n\t\t}",
    'theme select (write)',
  );
}

/**
 * Starlight's synced tabs read and write the chosen tab's label in storage without a guard: a
 * refused or full storage threw on pages with tabs. The label read back is used only if it is a
 * short string (it is compared with the tabs' labels, never used as a selector).
 */
export function patchSyncedTabs(code: string): string {
  // The `${syncKey}` below is Starlight's template literal, matched and kept as source text.
  const read = replaceOnce(
    code,
    // biome-ignore lint/suspicious/noTemplateCurlyInString: source text of Starlight's script
    'const label = localStorage.getItem(`starlight-synced-tabs__${syncKey}`);\n\t\t\tif (!label) return;',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: source text of Starlight's script
    'let label = null;\n\t\t\ttry {\n\t\t\t\tlabel = localStorage.getItem(`starlight-synced-tabs__${syncKey}`);\n\t\t\t} catch {}\n\t\t\tif (!label || label.length > 200) return;',
    'synced tabs (read)',
  );
  return replaceOnce(
    read,
    '\t\t\tlocalStorage.setItem(this.#storageKeyPrefix + this.#syncKey, label);',
    '\t\t\ttry {\n\t\t\t\tlocalStorage.setItem(this.#storageKeyPrefix + this.#syncKey, label);\n\t\t\t} catch {\n\t\t\t\t// Storage full or refused: the tabs stay in step on this page.\n\t\t\t}',
    'synced tabs (write)',
  );
}

/**
 * Patches Starlight components' template source where its markup fails an accessibility rule or
 * does not print. Unit tests fail if a patch stops applying to the installed Starlight.
 */
export function starlightPatches(): Plugin {
  return {
    name: 'guidebook-starlight-patches',
    enforce: 'pre',
    // A `load` hook: Astro compiles .astro files in its own pre-transform, before ours could run.
    async load(id) {
      const patch = Object.entries(patches).find(([file]) => id.endsWith(file))?.[1];
      return patch ? patch(await readFile(id, 'utf8')) : undefined;
    },
  };
}

/**
 * A page printed from the browser should hold every tab, not only the open one (a workbook
 * exercise keeps its coach's notes in a second tab). Each tab panel gets its label as a line of
 * its own, shown only in print (print.css), where all panels show and the tab row does not. Search
 * skips the line: the tab row already holds the label.
 */
export function patchTabItemForPrint(code: string): string {
  return code.replace(
    '<TabItemTagname data-label={label} data-icon={icon}>\n\t<slot />',
    '<TabItemTagname data-label={label} data-icon={icon}>\n\t<p class="guidebook-tab-label" data-pagefind-ignore>{label}</p>\n\t<slot />',
  );
}

/**
 * Search by base form (src/search/): Starlight's search dialog hands every query to the engine's
 * client first, which rewrites typed word forms to the keys the pages carry (Pagefind UI's own
 * `processTerm` option). The client is a bundled module like the rest of the script, so the
 * strict CSP needs nothing new. Unit tests fail if the patch stops applying.
 */
export function patchSearchBaseForms(code: string): string {
  return code.replace(
    '\t\t\t\t\tnew PagefindUI({\n\t\t\t\t\t\t...pagefindUserConfig,\n',
    "\t\t\t\t\tconst { baseFormSearch } = await import('virtual:guidebook/search-client');\n" +
      '\t\t\t\t\tconst baseForms = baseFormSearch(this);\n' +
      '\t\t\t\t\tbaseForms.ui = new PagefindUI({\n\t\t\t\t\t\t...pagefindUserConfig,\n\t\t\t\t\t\tprocessTerm: baseForms.processTerm,\n',
  );
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

/**
 * Starlight's sidebar has two inline scripts with `aria-hidden="true"`, which HTML does not allow
 * on `script` (the Nu checker reports it twice on every page). They are there because Safari with
 * VoiceOver reads a script aloud inside the sidebar's `display: contents` wrapper (WebKit bug
 * 283645). The patch puts each script in a `<div hidden>` instead: valid HTML, outside the
 * accessibility tree in every browser, and the scripts still run where they stand. A unit test
 * fails if the patch stops applying to the installed Starlight.
 */
export function patchSidebarScripts(code: string): string {
  return code
    .replaceAll('<script is:inline aria-hidden="true">', '<div hidden><script is:inline>')
    .replaceAll('</script>', '</script></div>');
}

/**
 * Starlight renders the root `404.mdx` twice: as its `/404` page (404.html, what hosts serve) and
 * as an ordinary page at `/404/`, which Astro reports as a route conflict on every build. The
 * ordinary page is left out; the localized ones (`/en/404/`) conflict with nothing and stay.
 */
export function patchNotFoundRoute(code: string): string {
  return code.replace(
    'const paths = getPaths();',
    "const paths = getPaths().filter(({ params }) => params.slug !== '404');",
  );
}

/**
 * Without a `content/docs/404.mdx`, Starlight shows its own not-found page, as intended, but asks
 * for the missing entry with getEntry(), which Astro reports as a warning on every build. Reading
 * the collection instead finds the page when there is one and says nothing when there is not.
 */
export function patchNotFoundEntry(code: string): string {
  return code
    .replace('import { getEntry } from "astro:content";', 'import { getCollection, getEntry } from "astro:content";')
    .replace(
      'const userEntry = await getEntry("docs", "404");',
      'const userEntry = (await getCollection("docs", ({ id }) => id === "404"))[0];',
    );
}
