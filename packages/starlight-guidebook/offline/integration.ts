import { readdirSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import sharp from 'sharp';
import { pick, type SiteConfig } from '../config/site-config.ts';
import { precacheEntries } from './precache.ts';

const engineFile = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));

/** The icons of the web app manifest, drawn from the site's favicon. */
const iconSizes = [192, 512];

/**
 * Offline use and installing as an app:
 * - the offline page of each locale (`/offline/`, `/en/offline/`), shown for a page not stored;
 * - after the build: icons drawn from the favicon, `manifest.webmanifest`, and `sw.js`, the service
 *   worker (service-worker.ts, with Workbox) with the list of files it stores at install.
 * The worker is registered by every page (components/offline/RegisterServiceWorker.astro, in the
 * footer); the manifest is linked from every page's head (webAppHead, added by the plugin).
 */
export function guidebookOffline(config: SiteConfig): AstroIntegration {
  const base = config.base.replace(/\/?$/, '/');
  const [root, ...others] = config.locales;
  return {
    name: 'guidebook-offline',
    hooks: {
      'astro:config:setup': ({ injectRoute }) => {
        injectRoute({
          pattern: '/[...locale]/offline',
          entrypoint: engineFile('./OfflinePage.astro'),
          prerender: true,
        });
        // What a worksheet's export and import fetch when first used (kept at install, below).
        injectRoute({
          pattern: '/[...locale]/guidebook-strings/worksheet-transfer.json',
          entrypoint: engineFile('../worksheets/transfer-strings.ts'),
          prerender: true,
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        // Without a favicon to draw from, the manifest has no icons: browsers then do not offer
        // to install the site, and everything else works.
        const icons = await writeIcons(dist, config).catch((error: Error) => {
          logger.warn(`no app icons: ${error.message}`);
          return false;
        });
        await writeFile(
          path.join(dist, 'manifest.webmanifest'),
          JSON.stringify(webAppManifest(config, icons), null, 2),
        );
        const entries = precacheEntries(dist, {
          base,
          localeFolders: others.map((l) => l.code),
          frameworkScripts: starlightScriptComponents(),
        });
        const offlinePages = Object.fromEntries(
          [root, ...others].map((l, i) => [
            i === 0 ? '' : (l?.code ?? ''),
            `${base}${i === 0 ? '' : `${l?.code}/`}offline/`,
          ]),
        );
        for (const url of Object.values(offlinePages)) {
          if (!entries.some((e) => e.url === url)) throw new Error(`guidebook-offline: no offline page at ${url}`);
        }
        const result = await build({
          entryPoints: [engineFile('./service-worker.ts')],
          bundle: true,
          format: 'iife',
          platform: 'browser',
          target: 'es2022',
          minify: true,
          write: false,
          logLevel: 'silent',
          define: {
            PRECACHE: JSON.stringify(entries),
            OFFLINE_PAGES: JSON.stringify(offlinePages),
            BASE: JSON.stringify(base),
            // Workbox's development logging is left out.
            'process.env.NODE_ENV': '"production"',
          },
        });
        await writeFile(path.join(dist, 'sw.js'), result.outputFiles[0]?.contents ?? '');
        logger.info(`service worker: ${entries.length} files stored at install`);
      },
    },
  };
}

/** Starlight `head` entries of every page: the web app manifest and its colour. */
export function webAppHead(config: SiteConfig) {
  const base = config.base.replace(/\/?$/, '/');
  return [
    { tag: 'link' as const, attrs: { rel: 'manifest', href: `${base}manifest.webmanifest` } },
    { tag: 'meta' as const, attrs: { name: 'theme-color', content: config.colours.accent } },
  ];
}

/** The web app manifest: the site's name in its first locale, its colours, the icons. */
export function webAppManifest(config: SiteConfig, withIcons = true) {
  const base = config.base.replace(/\/?$/, '/');
  const rootCode = config.locales[0]?.code ?? 'fi';
  const name = pick(config.title, rootCode);
  return {
    name,
    short_name: name.length > 12 ? name.split(/\s+/)[0] : name,
    description: pick(config.description, rootCode),
    lang: rootCode,
    start_url: base,
    scope: base,
    display: 'standalone',
    theme_color: config.colours.accent,
    background_color: '#ffffff',
    icons: !withIcons
      ? []
      : [
          ...iconSizes.map((size) => ({
            src: `${base}icons/icon-${size}.png`,
            sizes: `${size}x${size}`,
            type: 'image/png',
          })),
          { src: `${base}icons/icon-maskable-512.png`, sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
  };
}

/** PNG icons from the favicon: as drawn, and "maskable" (inside the safe zone, on the accent colour). */
async function writeIcons(dist: string, config: SiteConfig): Promise<true> {
  const favicon = path.join(dist, config.favicon);
  const source = await readFile(favicon).catch(() => {
    throw new Error(`guidebook-offline: the favicon ${config.favicon} (site.config.ts) is not in the built site`);
  });
  await mkdir(path.join(dist, 'icons'), { recursive: true });
  const draw = (size: number) =>
    sharp(source, { density: 72 * Math.ceil(size / 32) })
      .resize(size, size)
      .png();
  for (const size of iconSizes) await draw(size).toFile(path.join(dist, 'icons', `icon-${size}.png`));
  // A maskable icon's outer 10 % may be cut off by the phone's mask.
  const inner = await draw(384).toBuffer();
  await sharp({ create: { width: 512, height: 512, channels: 4, background: config.colours.accent } })
    .composite([{ input: inner, gravity: 'center' }])
    .png()
    .toFile(path.join(dist, 'icons', 'icon-maskable-512.png'));
  return true;
}

/** Starlight's components that carry a script: their scripts do not make a page a tool. */
function starlightScriptComponents(): Set<string> {
  const require = createRequire(import.meta.url);
  // Its package.json is not exported; a component is, and the package's files sit above it.
  const dir = path.resolve(path.dirname(require.resolve('@astrojs/starlight/components/StarlightPage.astro')), '..');
  const names = new Set<string>();
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory() && entry.name !== 'node_modules') walk(full);
      else if (entry.name.endsWith('.astro')) names.add(entry.name.replace(/\.astro$/, ''));
    }
  };
  walk(dir);
  return names;
}
