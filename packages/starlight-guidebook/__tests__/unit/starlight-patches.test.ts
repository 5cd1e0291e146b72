import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  patchNotFoundEntry,
  patchNotFoundRoute,
  patchSearchBaseForms,
  patchSearchButton,
  patchSidebarScripts,
  patchSyncedTabs,
  patchTabItemForPrint,
  patchThemeProvider,
  patchThemeSelect,
} from '../../config/vite-plugin.ts';

const starlightDir = path.resolve('node_modules/@astrojs/starlight');
const source = readFileSync(path.join(starlightDir, 'dist/components/Search.astro'), 'utf8');

describe('patchSearchButton (applies to the installed Starlight)', () => {
  const patched = patchSearchButton(source);
  const button = /<button\s+data-open-modal[\s\S]*?<\/button>/.exec(patched)?.[0] ?? '';

  it('names the button by its content, not by an aria-label', () => {
    expect(button).not.toBe('');
    expect(button).not.toMatch(/aria-label=/);
    expect(button).toContain(`<span class="sr-only">{Astro.locals.t('search.label')}</span>`);
  });

  it('hides the visible shortcut hint from assistive technology but keeps aria-keyshortcuts', () => {
    expect(button).toMatch(/<kbd class="sl-hidden md:sl-flex" style="display: none;" aria-hidden="true">/);
    expect(button).toContain('aria-keyshortcuts="Control+K"');
  });

  it('leaves the dialog label alone', () => {
    expect(patched).toMatch(/<dialog[^>]*aria-label=\{Astro\.locals\.t\('search\.label'\)\}/);
  });
});

describe('patchSearchBaseForms (applies to the installed Starlight)', () => {
  const patched = patchSearchBaseForms(source);

  it("hands every query to the engine's base-form client through Pagefind UI's processTerm", () => {
    expect(patched).not.toBe(source);
    expect(patched).toContain("await import('virtual:guidebook/search-client')");
    expect(patched).toMatch(
      /baseForms\.ui = new PagefindUI\(\{\s*\.\.\.pagefindUserConfig,\s*processTerm: baseForms\.processTerm,/,
    );
  });

  it('still applies after the search-button patch, as the Vite plugin runs them', () => {
    expect(patchSearchBaseForms(patchSearchButton(source))).toContain('processTerm: baseForms.processTerm');
  });
});

describe('patchTabItemForPrint (applies to the installed Starlight)', () => {
  const tabItem = readFileSync(path.join(starlightDir, 'dist/user-components/TabItem.astro'), 'utf8');
  const patched = patchTabItemForPrint(tabItem);

  it('leads each tab panel with its label, which search skips', () => {
    expect(patched).not.toBe(tabItem);
    expect(patched).toMatch(
      /<TabItemTagname data-label=\{label\} data-icon=\{icon\}>\s*<p class="guidebook-tab-label" data-pagefind-ignore>\{label\}<\/p>\s*<slot \/>/,
    );
  });
});

describe('patchSidebarScripts (applies to the installed Starlight)', () => {
  const persister = readFileSync(path.join(starlightDir, 'dist/components/SidebarPersister.astro'), 'utf8');
  const patched = patchSidebarScripts(persister);

  it('finds the scripts Starlight hides with aria-hidden (invalid on script)', () => {
    expect(persister.match(/<script is:inline aria-hidden="true">/g)).toHaveLength(2);
  });

  it('hides each script in a hidden div instead, with no aria-hidden left on a script', () => {
    expect(patched).not.toMatch(/<script[^>]*aria-hidden/);
    expect(patched.match(/<div hidden><script is:inline>[\s\S]*?<\/script><\/div>/g)).toHaveLength(2);
    expect(patched.match(/<script/g)).toHaveLength(persister.match(/<script/g)?.length ?? -1);
  });
});

describe('the not-found patches (apply to the installed Starlight)', () => {
  it('leaves the root 404 out of the ordinary pages (it is /404.html already)', () => {
    const routing = readFileSync(path.join(starlightDir, 'dist/utils/routing/index.js'), 'utf8');
    expect(patchNotFoundRoute(routing)).toContain(".filter(({ params }) => params.slug !== '404')");
  });

  it('looks the 404 entry up without a warning when there is none', () => {
    const data = readFileSync(path.join(starlightDir, 'dist/utils/routing/data.js'), 'utf8');
    const patched = patchNotFoundEntry(data);
    expect(patched).toContain('import { getCollection, getEntry } from "astro:content";');
    expect(patched).toContain('(await getCollection("docs", ({ id }) => id === "404"))[0]');
  });
});

describe('storage guards in Starlight’s scripts (apply to the installed Starlight)', () => {
  const file = (f: string) => readFileSync(path.join(starlightDir, 'dist', f), 'utf8');

  it('the theme script takes only light or dark from storage, and survives refused storage', () => {
    const patched = patchThemeProvider(file('components/ThemeProvider.astro'));
    const script = /<script is:inline>([\s\S]*?)<\/script>/.exec(patched)?.[1] ?? '';
    // Run it as the browser would, with a corrupt stored value and then with storage refused.
    const run = (storage: unknown) => {
      const picked: string[] = [];
      const win = { matchMedia: () => ({ matches: true }) } as Record<string, unknown>;
      const doc = {
        documentElement: { dataset: {} as Record<string, string> },
        querySelectorAll: () => [
          {
            querySelector: (sel: string) => (sel === 'select' ? { value: '' } : null),
          },
        ],
        querySelector: () => ({
          content: {
            querySelector: (sel: string) => {
              picked.push(sel);
              if (!/^\.[a-z]+$/.test(sel)) throw new SyntaxError(`'${sel}' is not a valid selector`);
              return null;
            },
          },
        }),
      };
      new Function('window', 'document', 'localStorage', script)(win, doc, storage);
      (win.StarlightThemeProvider as { updatePickers: () => void }).updatePickers();
      return { theme: doc.documentElement.dataset.theme, picked };
    };
    expect(run({ getItem: () => '{corrupt' })).toEqual({ theme: 'light', picked: ['.auto'] });
    expect(run({ getItem: () => 'dark' })).toEqual({ theme: 'dark', picked: ['.dark'] });
    expect(
      run({
        getItem: () => {
          throw new DOMException('denied', 'SecurityError');
        },
      }).picked,
    ).toEqual(['.auto']);
    // Unpatched, the corrupt value reaches the selector.
    const original = /<script is:inline>([\s\S]*?)<\/script>/.exec(file('components/ThemeProvider.astro'))?.[1] ?? '';
    expect(original).not.toBe(script);
  });

  it('the theme picker and the synced tabs catch storage errors', () => {
    const select = patchThemeSelect(file('components/ThemeSelect.astro'));
    expect(select).toMatch(/try \{\s*return parseTheme\(/);
    expect(select).toMatch(
      /try \{\s*if \(typeof localStorage !== 'undefined'\) \{\s*localStorage\.setItem\(storageKey/,
    );
    const tabs = patchSyncedTabs(file('user-components/Tabs.astro'));
    expect(tabs).toMatch(/try \{\s*label = localStorage\.getItem/);
    expect(tabs).toMatch(/try \{\s*localStorage\.setItem\(this\.#storageKeyPrefix/);
  });

  it('a patch that stops applying fails loudly', () => {
    expect(() => patchThemeProvider('<script is:inline></script>')).toThrow(/no longer applies/);
    expect(() => patchSyncedTabs('')).toThrow(/no longer applies/);
  });
});
