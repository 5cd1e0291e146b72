import { defineCollection } from 'astro:content';
import site from 'virtual:guidebook/config';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { z } from 'astro/zod';
import { pagePdfOption } from '../pdf/mdx/handouts.ts';
import { worksheetLoader } from '../worksheets/loader.ts';
import { guidebookDocsLoader, guidebookI18nLoader } from './docs-loader.ts';

/**
 * Frontmatter: Starlight's fields and the engine's own. Strict, so that a misspelt key (`titel:`)
 * is an error naming the key and the nearest known one rather than a field silently ignored.
 */
const frontmatter = docsSchema({
  extend: z.strictObject({
    // `pagePdf`: the page, or parts of it (a tab, a section), also made into PDFs of their own to
    // hand out (pdf/mdx/handouts.ts).
    pagePdf: pagePdfOption.optional(),
    // Starlight's `sidebar:` group is checked as strictly (`lable:` for `label:`).
    sidebar: z.strictObject({}).prefault({}),
  }),
});

/** The same schema for the engine's own check, which runs before Astro's (images as paths). */
const frontmatterCheck = frontmatter({ image: () => z.string() as never });

/**
 * The content collections of every guidebook: pages (Starlight, from <root>/content/docs),
 * Starlight's UI text overrides (<root>/content/i18n, optional) and worksheets (from
 * <root>/content/worksheets, validated by the engine's own schema). A project's
 * `content.config.ts` re-exports this.
 */
export const collections = {
  docs: defineCollection({ loader: guidebookDocsLoader(frontmatterCheck), schema: frontmatter }),
  i18n: defineCollection({
    loader: guidebookI18nLoader(site.locales.map((l) => l.code)),
    schema: i18nSchema(),
  }),
  worksheets: defineCollection({ loader: worksheetLoader(site.locales.map((l) => l.code)) }),
};
