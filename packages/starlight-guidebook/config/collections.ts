import { defineCollection } from 'astro:content';
import site from 'virtual:guidebook/config';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { z } from 'astro/zod';
import { worksheetLoader } from '../worksheets/loader.ts';

/**
 * The content collections of every guidebook: pages (Starlight, from <root>/content/docs) and
 * worksheets (from <root>/content/worksheets, validated by the engine's own schema). A project's
 * `content.config.ts` re-exports this.
 */
export const collections = {
  docs: defineCollection({
    loader: docsLoader(),
    schema: docsSchema({
      // `pagePdf: true`: the page is also made into a PDF of its own (a card or sheet to hand out).
      extend: z.object({ pagePdf: z.boolean().optional() }),
    }),
  }),
  worksheets: defineCollection({ loader: worksheetLoader(site.locales.map((l) => l.code)) }),
};
