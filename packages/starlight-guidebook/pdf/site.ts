import type { SiteConfig } from '../config/site-config.ts';
import { pick } from '../config/site-config.ts';
import { type PdfTheme, themeFrom } from './theme.ts';

/**
 * What the engine needs to know about the site, derived from the site config by the integration.
 * The engine itself never imports the project's config.
 */
export interface PdfSite {
  config: SiteConfig;
  theme: PdfTheme;
  /** Address shown in footers, e.g. `example.org/guide`. */
  address: string;
  /** Absolute URL of a site-relative path. */
  absolute(relative: string): string;
  title(locale: string): string;
  author(locale: string): string;
  licenseNotice(locale: string): string;
  materialTitle(slug: string, locale: string): string;
  materialSubject(slug: string, locale: string): string;
  /** The root locale's code: its pages live at the site root, not under /<code>/. */
  rootLocale: string;
  locales: string[];
}

export function pdfSite(config: SiteConfig): PdfSite {
  const base = config.base.endsWith('/') ? config.base : `${config.base}/`;
  const origin = config.url.replace(/\/+$/, '');
  const material = (slug: string) => config.materials.find((m) => m.slug === slug);
  const rootLocale = config.locales[0]?.code ?? 'fi';
  return {
    config,
    theme: themeFrom(config.colours),
    address: `${origin.replace(/^https?:\/\//, '')}${base === '/' ? '' : base.replace(/\/$/, '')}`,
    absolute: (relative) => `${origin}${base}${relative.replace(/^\/+/, '')}`,
    title: (locale) => pick(config.title, locale),
    author: (locale) => `${pick(config.title, locale)} – ${config.organisations.map((o) => o.name).join(', ')}`,
    licenseNotice: (locale) => pick(config.license.notice, locale),
    materialTitle: (slug, locale) => {
      const m = material(slug);
      return m ? pick(m.title, locale) : slug;
    },
    materialSubject: (slug, locale) => {
      const m = material(slug);
      return m ? pick(m.subject, locale) : '';
    },
    rootLocale,
    locales: config.locales.map((l) => l.code),
  };
}
