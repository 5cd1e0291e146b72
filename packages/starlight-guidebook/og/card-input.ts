import { pick, type SiteConfig } from '../config/site-config.ts';
import type { CardInput } from './card.ts';

/** What a page's card shows: its title, its material (from the address), the site's name and address. */
export function cardInput(title: string, lang: string, slug: string, config: SiteConfig): CardInput {
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
