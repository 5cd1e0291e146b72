import { z } from 'zod';
import { checkLocales, localizedText, pickText } from '../schemas/localized.ts';

/**
 * Everything project-specific lives in one `site.config.ts` at the project root, validated
 * against this schema. The engine in `src/` reads only this object, so another project can
 * swap `content/` and the config and get its own guidebook.
 */
/** Text per locale; the root locale's is required (checked against `locales` once parsed). */
const localized = localizedText;

/** A page's slug as Starlight knows it: the path under content/docs without the extension. */
const pageSlug = z.string().regex(/^[a-z0-9-]+(\/[a-z0-9-]+)*$/, 'a page slug like "about" or "guide/roles"');
const sidebarGroup = z.object({ label: localized, items: z.array(pageSlug).min(1) });

const colourHex = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour as #rrggbb');

export const siteConfigSchema = z.object({
  /** Public address of the deployed site, without the sub-path. */
  url: z.url(),
  /** Sub-path the site is served under, e.g. `/guide`; `/` for the domain root. */
  base: z
    .string()
    .regex(/^\/([A-Za-z0-9._~-]+\/?)*$/, 'a sub-path like "/" or "/guide/" (starting with a slash)')
    .default('/'),
  title: localized,
  tagline: localized,
  description: localized,
  /** Locales: the first is the root locale (served without a prefix). */
  locales: z
    .array(
      z.object({
        code: z.string().regex(/^[a-z]{2}(-[A-Z]{2})?$/, 'a language code like "fi" or "en"'),
        label: z.string().min(1),
      }),
    )
    .min(1, 'at least one locale is needed; the first is the root locale'),
  /** Site logo in the header: a path relative to the project root, e.g. `./public/logo.svg`. */
  logo: z.object({ src: z.string().min(1), alt: localized, replacesTitle: z.boolean().default(false) }).optional(),
  /** The browser tab's icon: a file under public/. */
  favicon: z.string().startsWith('/').default('/favicon.svg'),
  colours: z.object({ accent: colourHex, accentDark: colourHex, accentLight: colourHex }),
  organisations: z.array(
    z.object({
      name: z.string().min(1),
      role: localized,
      url: z.url().optional(),
      /** Logo under public/, e.g. `/logos/partner.svg` (the site's base path is added). */
      logo: z.string().startsWith('/').optional(),
    }),
  ),
  /** Logo of the funder, shown with the funding notice (a path under public/). */
  fundingLogo: z.object({ src: z.string().startsWith('/'), alt: localized }).optional(),
  funding: localized,
  /**
   * The funder's emblem with its funding statement, on every page's footer and on every PDF:
   * `eu` draws the emblem of the European Union to its construction rules (emblem/eu-flag.ts)
   * with the statement beside it, e.g. "Co-funded by the European Union".
   */
  fundingEmblem: z.object({ kind: z.literal('eu'), statement: localized }).optional(),
  license: z.object({
    content: z.object({ name: z.string(), url: z.url() }),
    code: z.object({ name: z.string(), url: z.url() }),
    notice: localized,
  }),
  accessibilityContact: z.object({ email: z.email(), note: localized }),
  /**
   * Who the worksheets are for: an id per audience (a worksheet's `audience`) and its label as the
   * worksheet's heading shows it ("for participants").
   */
  audiences: z.record(z.string().regex(/^[a-z][a-z0-9-]*$/, 'an audience id like "participant"'), localized),
  /** Sidebar groups around the materials, e.g. pages per audience before and "about" pages after. */
  sidebar: z
    .object({ before: z.array(sidebarGroup).default([]), after: z.array(sidebarGroup).default([]) })
    .default({ before: [], after: [] }),
  /** Links in every page's footer (downloads, privacy, accessibility, license …); the same page in the other languages follows them. */
  footerLinks: z.array(z.object({ slug: pageSlug, label: localized })).default([]),
  /**
   * The page that shows `<MyWorksheets />` (the participant's own folder, e.g. `my-worksheets`):
   * every worksheet links to it. Optional; without it the worksheets show no such link.
   */
  myWorksheetsPage: pageSlug.optional(),
  /** Materials: one folder under content/docs each; the order is the sidebar's order. */
  materials: z.array(
    z.object({
      slug: z.string().regex(/^[a-z0-9-]+$/, 'a folder name under content/docs: lowercase letters, digits and hyphens'),
      title: localized,
      subject: localized,
    }),
  ),
  /** Parts of the domain's compound words, so that search finds "kasvi" in "hyötykasvi". */
  searchCompounds: z.array(z.string().min(3)).default([]),
  /**
   * Code blocks highlighted by Expressive Code, Starlight's highlighter. Off by default: a guidebook
   * rarely shows code (a code block then shows as plain monospaced text, as in the PDFs), and the
   * highlighter costs about half a second of every build.
   */
  codeHighlighting: z.boolean().default(false),
});

export type SiteConfigInput = z.input<typeof siteConfigSchema>;
export type SiteConfig = z.output<typeof siteConfigSchema>;

/** `['materials', 0, 'slug']` -> `materials[0].slug` */
function formatPath(path: readonly PropertyKey[]): string {
  return (
    path
      .map((k) => (typeof k === 'number' ? `[${k}]` : `.${String(k)}`))
      .join('')
      .replace(/^\./, '') || '(root)'
  );
}

export function defineSiteConfig(input: SiteConfigInput): SiteConfig {
  const result = siteConfigSchema.safeParse(input);
  const issues = result.success
    ? checkLocales(
        result.data,
        result.data.locales.map((l) => l.code),
      )
    : result.error.issues;
  if (!result.success || issues.length > 0) {
    const problems = issues.map((issue) => `  site.config.ts: ${formatPath(issue.path)}: ${issue.message}`).join('\n');
    throw new Error(`The site config is not valid:\n${problems}`);
  }
  return result.data;
}

/** Picks a locale's text, falling back to the root locale's (texts are kept root first). */
export const pick = (text: Readonly<Record<string, string>>, locale: string): string => pickText(text, locale);
