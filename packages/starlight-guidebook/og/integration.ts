import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { forEachFile, placeFile } from '../build/files.ts';
import { cardKey } from './cache-key.ts';
import { drawCards } from './draw.ts';
import { cardPath } from './paths.ts';
import { takeCards } from './registry.ts';
import type { CardJob } from './worker.ts';

/**
 * Renders a social preview card (satori + resvg) for every page into dist/og/. The pages record
 * their cards' content while they render (route-middleware.ts, from Starlight's route data); the
 * drawing starts at `astro:build:generated`, in worker threads, while Pagefind indexes and the
 * PDFs are finished, and `astro:build:done` waits for it and links the files into the site.
 * Cards are cached by a hash of their input and of how cards are drawn, so an unchanged rebuild
 * draws nothing.
 */
export function guidebookOg(): AstroIntegration {
  let cacheDir = '';
  let drawing: Promise<{ cards: { cached: string; target: string }[]; drawn: number }> | undefined;

  const startDrawing = async () => {
    await mkdir(cacheDir, { recursive: true });
    const cards = [...takeCards()].map(([slug, input]) => ({
      cached: path.join(cacheDir, `${cardKey(input)}.png`),
      target: cardPath(slug),
      input,
    }));
    const missing = new Map<string, CardJob>();
    for (const { cached, input } of cards) {
      if (!missing.has(cached) && !existsSync(cached)) missing.set(cached, { input, file: cached });
    }
    await drawCards([...missing.values()]);
    return { cards, drawn: missing.size };
  };

  return {
    name: 'guidebook-og',
    hooks: {
      'astro:config:done': ({ config: astroConfig }) => {
        cacheDir = path.join(fileURLToPath(astroConfig.cacheDir), 'og');
      },
      'astro:build:generated': () => {
        drawing = startDrawing();
        drawing.catch(() => {
          /* reported by astro:build:done */
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        drawing ??= startDrawing();
        const { cards, drawn } = await drawing;
        await forEachFile(cards, async ({ cached, target }) => {
          const file = path.join(out, target);
          await mkdir(path.dirname(file), { recursive: true });
          await placeFile(cached, file);
        });
        logger.info(`social cards: ${drawn} drawn, ${cards.length - drawn} from cache`);
      },
    },
  };
}
