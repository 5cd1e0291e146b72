import { existsSync } from 'node:fs';
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { forEachFile } from '../build/files.ts';
import { pick, type SiteConfig } from '../config/site-config.ts';
import { cardKey } from './cache-key.ts';
import type { CardInput } from './card.ts';
import { drawCards } from './draw.ts';
import { cardPath, cardSlug } from './paths.ts';
import type { CardJob } from './worker.ts';

const decode = (s: string) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');

/** The card's text comes from the built page itself: its og:title, lang and address. */
export function cardInputFor(html: string, slug: string, config: SiteConfig): CardInput {
  const title = decode(/<meta property="og:title" content="([^"]*)"/.exec(html)?.[1] ?? '');
  const lang = /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1] ?? config.locales[0]?.code ?? 'fi';
  const parts = slug.split('/');
  const localePrefix = config.locales.slice(1).some((l) => l.code === parts[0]);
  const materialSlug = localePrefix ? parts[1] : parts[0];
  const material = config.materials.find((m) => m.slug === materialSlug);
  const siteName = pick(config.title, lang);
  return {
    title: title || siteName,
    kicker: material ? pick(material.title, lang) : undefined,
    siteName,
    siteUrl: new URL(config.base, config.url).host + config.base.replace(/\/$/, ''),
    accent: config.colours.accent,
    accentLight: config.colours.accentLight,
  };
}

/**
 * Renders a social preview card (satori + resvg) for every built page into dist/og/.
 * Cards are cached by a hash of their input and of how cards are drawn, so an unchanged rebuild
 * draws nothing.
 */
export function guidebookOg(config: SiteConfig): AstroIntegration {
  let cacheDir = '';
  return {
    name: 'guidebook-og',
    hooks: {
      'astro:config:done': ({ config: astroConfig }) => {
        cacheDir = path.join(fileURLToPath(astroConfig.cacheDir), 'og');
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        const out = fileURLToPath(dir);
        await mkdir(cacheDir, { recursive: true });
        const cards: { cached: string; target: string; input: CardInput }[] = [];
        await forEachFile(pages, async ({ pathname }) => {
          const htmlFile = path.join(out, pathname, 'index.html');
          // Not-found pages show their home page's card (route-middleware.ts).
          if (!existsSync(htmlFile) || /(^|\/)404\/?$/.test(pathname)) return;
          const slug = cardSlug(`/${pathname}`, '/');
          const input = cardInputFor(await readFile(htmlFile, 'utf8'), slug, config);
          const key = cardKey(input);
          cards.push({ cached: path.join(cacheDir, `${key}.png`), target: path.join(out, cardPath(slug)), input });
        });
        const missing = new Map<string, CardJob>();
        for (const { cached, input } of cards) {
          if (!missing.has(cached) && !existsSync(cached)) missing.set(cached, { input, file: cached });
        }
        await drawCards([...missing.values()]);
        await forEachFile(cards, async ({ cached, target }) => {
          await mkdir(path.dirname(target), { recursive: true });
          await copyFile(cached, target);
        });
        const drawn = missing.size;
        const reused = cards.length - drawn;
        logger.info(`social cards: ${drawn} drawn, ${reused} from cache`);
      },
    },
  };
}
