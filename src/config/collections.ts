import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { worksheetLoader } from '../worksheets/loader.ts';

/**
 * The content collections of every guidebook: pages (Starlight, from <root>/content/docs) and
 * worksheets (from <root>/content/worksheets, validated by the engine's own schema). A project's
 * `content.config.ts` re-exports this.
 */
export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
  worksheets: defineCollection({ loader: worksheetLoader() }),
};
