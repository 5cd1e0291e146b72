import { defineCollection } from 'astro:content';
import site from 'virtual:guidebook/config';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { z } from 'astro/zod';
import { pagePdfOption } from '../pdf/mdx/handouts.ts';
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
      // `pagePdf`: the page, or parts of it (a tab, a section), also made into PDFs of their own to
      // hand out (pdf/mdx/handouts.ts).
      extend: z.object({ pagePdf: pagePdfOption.optional() }),
    }),
  }),
  worksheets: defineCollection({ loader: worksheetLoader(site.locales.map((l) => l.code)) }),
};
