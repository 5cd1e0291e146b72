import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import type { SiteConfig } from 'starlight-guidebook/config';

// The two projects the benchmark builds, each a copy in the benchmark's own folder: this site, and
// plain Starlight with the same pages, the same Starlight settings and the same public/ files.

/** Top-level entries of the repository that a build does not read. */
const notForBuild = new Set(['.git', 'node_modules', 'dist', '.astro', 'tests', 'docs', 'examples', '.github', '.ci']);

/** The installed packages as hard links (fast, no extra disk); a symlink confuses Vite. */
function linkNodeModules(root: string, target: string): void {
  const linked = spawnSync('cp', ['-al', path.join(root, 'node_modules'), path.join(target, 'node_modules')]);
  if (linked.status !== 0) throw new Error(`could not link node_modules: ${linked.stderr}`);
  // Not the repository's caches: each copy starts as cold as the other.
  for (const cache of ['.astro', '.vite', '.cache']) {
    rmSync(path.join(target, 'node_modules', cache), { recursive: true, force: true });
  }
}

/** A copy of this site: sources copied (the benchmark edits them), packages linked. */
export function siteProject(root: string, work: string): string {
  const dir = path.join(work, 'site');
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(root)) {
    if (notForBuild.has(name)) continue;
    cpSync(path.join(root, name), path.join(dir, name), {
      recursive: true,
      filter: (source) => path.basename(source) !== 'node_modules',
    });
  }
  linkNodeModules(root, dir);
  return dir;
}

/** Every import of a project component (anything but Starlight's own) and its tags removed. */
export function stripProjectComponents(text: string): string {
  const importLine = /^import\s+(\w+)\s+from\s+['"](?!@astrojs\/starlight)[^'"]+['"];?\s*$/gm;
  const names = [...text.matchAll(importLine)].map((m) => m[1]);
  let out = text.replace(importLine, '');
  for (const component of names) {
    out = out.replace(new RegExp(`<${component}\\b[^>]*?/>`, 'gs'), '');
    out = out.replace(new RegExp(`</?${component}\\b[^>]*>`, 'gs'), '');
  }
  return out;
}

function stripTree(dir: string): void {
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) stripTree(file);
    else if (name.endsWith('.mdx')) writeFileSync(file, stripProjectComponents(readFileSync(file, 'utf8')));
  }
}

/**
 * Plain Starlight with the same pages (this project's components removed), the same address, the
 * same sidebar, the same `public/` files and the same settings where Starlight has one: code
 * highlighting as this site has it, pages rendered sixteen at a time.
 */
export function plainProject(root: string, work: string, config: SiteConfig): string {
  const dir = path.join(work, 'plain');
  mkdirSync(dir, { recursive: true });
  cpSync(path.join(root, 'content/docs'), path.join(dir, 'content/docs'), { recursive: true });
  stripTree(path.join(dir, 'content/docs'));
  // Images the pages use (the home page's hero picture) go through Astro's image pipeline in both.
  for (const folder of ['src/assets', 'public']) {
    if (existsSync(path.join(root, folder)))
      cpSync(path.join(root, folder), path.join(dir, folder), { recursive: true });
  }
  const [rootLocale, ...others] = config.locales;
  const rootCode = rootLocale?.code ?? 'fi';
  const group = (g: { label: Record<string, string>; items: string[] }) => ({
    label: g.label[rootCode],
    items: g.items.map((slug) => ({ slug })),
  });
  const starlightOptions = {
    title: config.title,
    defaultLocale: 'root',
    locales: {
      root: { label: rootLocale?.label, lang: rootCode },
      ...Object.fromEntries(others.map((l) => [l.code, { label: l.label, lang: l.code }])),
    },
    favicon: config.favicon,
    lastUpdated: false,
    pagination: true,
    tableOfContents: { minHeadingLevel: 2, maxHeadingLevel: 3 },
    ...(config.codeHighlighting ? {} : { expressiveCode: false }),
    sidebar: [
      ...config.sidebar.before.map(group),
      ...config.materials.map((m) => ({
        label: m.title[rootCode],
        collapsed: true,
        items: [{ autogenerate: { directory: m.slug } }],
      })),
      ...config.sidebar.after.map(group),
    ],
  };
  writeFileSync(
    path.join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
// The same address as the site: Starlight then writes canonical links and a sitemap, as ours does.
export default defineConfig({
  site: ${JSON.stringify(config.url)},
  base: ${JSON.stringify(config.base)},
  srcDir: './',
  trailingSlash: 'always',
  build: { concurrency: 16 },
  markdown: { syntaxHighlight: ${config.codeHighlighting ? "'shiki'" : 'false'} },
  integrations: [starlight(${JSON.stringify(starlightOptions)})],
});
`,
  );
  writeFileSync(
    path.join(dir, 'content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
  );
  // Vite decides what to bundle for the prerender from the dependencies listed here.
  cpSync(path.join(root, 'package.json'), path.join(dir, 'package.json'));
  linkNodeModules(root, dir);
  return dir;
}

/** Caches and output of a project: removed for a build from cold. */
export function clearCaches(project: string): void {
  for (const folder of ['node_modules/.astro', 'node_modules/.vite', 'node_modules/.cache', 'dist']) {
    rmSync(path.join(project, folder), { recursive: true, force: true });
  }
  // A workspace package's own caches too (the engine keeps its worker bundles beside it).
  const packages = path.join(project, 'packages');
  for (const name of existsSync(packages) ? readdirSync(packages) : []) {
    rmSync(path.join(packages, name, 'node_modules', '.cache'), { recursive: true, force: true });
  }
}

/** Writes a file aside and renames it over the old one (never through a hard link). */
export function replaceFile(file: string, text: string): void {
  writeFileSync(`${file}.bench-tmp`, text);
  renameSync(`${file}.bench-tmp`, file);
}
