import type { SiteConfig } from '../config/site-config.ts';
import { baseLinks } from './base-links.ts';
import { compoundParts } from './compound-parts.ts';
import { focusableTables } from './focusable-tables.ts';
import { imageAlt } from './image-alt.ts';
import { mdxComponents } from './mdx-components.ts';
import { mdxExpressions } from './mdx-expressions.ts';
import { pdfLinks } from './pdf-links.ts';
import { stackedTables } from './stacked-tables.ts';
import { starlightContracts } from './starlight-contracts.ts';
import { worksheetIds } from './worksheet-ids.ts';

/**
 * The guidebook's Markdown plugins, for Astro's own satteri processor (parsed in Rust). The content checks fail the build with file, line and column; the hast
 * plugins run before those Starlight and the links validator add, so links are checked as served.
 */
export function guidebookMarkdown(siteConfig: SiteConfig) {
  return {
    mdastPlugins: [
      worksheetIds(),
      mdxComponents(),
      mdxExpressions(),
      imageAlt(),
      starlightContracts(),
      pdfLinks({ materials: siteConfig.materials.map((m) => m.slug) }),
    ],
    hastPlugins: [
      baseLinks({ base: siteConfig.base }),
      compoundParts({ parts: siteConfig.searchCompounds }),
      focusableTables(),
      stackedTables(),
    ],
  };
}
