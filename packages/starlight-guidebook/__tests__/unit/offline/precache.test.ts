import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { componentScripts, precacheEntries } from '../../../offline/precache.ts';

/** A built site in miniature: which files the service worker stores at install. */
const dist = mkdtempSync(path.join(tmpdir(), 'precache-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));

const page = (...scripts: string[]) =>
  `<html><head>${scripts.map((s) => `<script type="module" src="/guide/_astro/${s}.astro_astro_type_script_index_0_lang.Ab12Cd34.js"></script>`).join('')}</head></html>`;
const files: Record<string, string> = {
  'index.html': page('Search', 'Register'),
  'en/index.html': page('Search', 'Register'),
  'offline/index.html': page('Search', 'Register'),
  'en/offline/index.html': page('Search', 'Register'),
  'read/index.html': page('Search', 'TableOfContents', 'Register'),
  'form/index.html': page('Search', 'TableOfContents', 'Worksheet', 'Register'),
  'en/tool/index.html': page('Search', 'Planner', 'Register'),
  'pagefind/pagefind.js': 'x',
  'pagefind/fragment/en_1a2b3c4d5e.pf_fragment': 'x',
  '_astro/page.Ab12Cd34.js': 'x',
  '_astro/site.Ab12Cd34.css': 'x',
  '_astro/fill-worker-fontkit.es.ABCD1234.js': 'big',
  '_astro/answers-font.0123456789.ttf': 'big',
  'pdf/worksheets/form.pdf': '%PDF',
  'manifest.webmanifest': '{}',
  'icons/icon-192.png': 'png',
  'sw.js': 'self',
  'tool-data/dialogues/en/talk.json': '{}',
  'guidebook-strings/worksheet-transfer.json': '{}',
  'en/guidebook-strings/worksheet-transfer.json': '{}',
  'pdf/manifest.json': '{}',
};
for (const [file, text] of Object.entries(files)) {
  mkdirSync(path.dirname(path.join(dist, file)), { recursive: true });
  writeFileSync(path.join(dist, file), text);
}

describe('the files stored at install', () => {
  const entries = precacheEntries(dist, {
    base: '/guide',
    localeFolders: ['en'],
    frameworkScripts: new Set(['Search', 'TableOfContents']),
  });
  const urls = entries.map((e) => e.url);

  it('are the worksheet and tool pages, each home and offline page, not the reading pages', () => {
    expect(urls.filter((u) => u.endsWith('/'))).toEqual([
      '/guide/',
      '/guide/en/',
      '/guide/en/offline/',
      '/guide/en/tool/',
      '/guide/form/',
      '/guide/offline/',
    ]);
  });

  it('include scripts, styles, search, manifest and icons; not PDFs, fontkit, the answers font or the worker itself', () => {
    expect(urls).toEqual(
      expect.arrayContaining([
        '/guide/_astro/page.Ab12Cd34.js',
        '/guide/_astro/site.Ab12Cd34.css',
        '/guide/pagefind/pagefind.js',
        '/guide/pagefind/fragment/en_1a2b3c4d5e.pf_fragment',
        '/guide/manifest.webmanifest',
        '/guide/icons/icon-192.png',
        // What a tool fetches when used.
        '/guide/tool-data/dialogues/en/talk.json',
        // The strings a worksheet's export and import fetch.
        '/guide/guidebook-strings/worksheet-transfer.json',
        '/guide/en/guidebook-strings/worksheet-transfer.json',
      ]),
    );
    expect(urls).not.toContain('/guide/pdf/manifest.json');
    expect(urls.some((u) => /\.pdf$|fontkit|answers-font|sw\.js$/.test(u))).toBe(false);
  });

  it('revise a file by its content unless its name already has a hash', () => {
    const revision = (url: string) => entries.find((e) => e.url === url)?.revision;
    expect(revision('/guide/_astro/page.Ab12Cd34.js')).toBeNull();
    expect(revision('/guide/pagefind/fragment/en_1a2b3c4d5e.pf_fragment')).toBeNull();
    expect(revision('/guide/pagefind/pagefind.js')).toMatch(/^[0-9a-f]{16}$/);
    expect(revision('/guide/tool-data/dialogues/en/talk.json')).toMatch(/^[0-9a-f]{16}$/);
    expect(revision('/guide/form/')).toMatch(/^[0-9a-f]{16}$/);
    expect(revision('/guide/')).not.toBe(revision('/guide/form/'));
  });
});

describe('componentScripts', () => {
  it('names the components whose script modules a page loads', () => {
    expect([...componentScripts(page('Search', 'Worksheet'))]).toEqual(['Search', 'Worksheet']);
    expect(componentScripts('<script type="module">inline()</script>').size).toBe(0);
  });
});
