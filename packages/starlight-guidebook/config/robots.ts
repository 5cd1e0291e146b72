import { writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import type { SiteConfig } from './site-config.ts';

/** robots.txt: every page may be indexed, and the sitemap (Starlight's) is where search engines find the pages. */
export function robotsTxt(config: SiteConfig): string {
  const sitemap = new URL(`${config.base.replace(/\/?$/, '/')}sitemap-index.xml`, config.url).href;
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`;
}

/** Writes robots.txt into the built site. */
export function guidebookRobots(config: SiteConfig): AstroIntegration {
  return {
    name: 'guidebook-robots',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        await writeFile(new URL('robots.txt', dir), robotsTxt(config));
      },
    },
  };
}
