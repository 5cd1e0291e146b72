import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { DataError, formatPath, issueProblems } from '../schemas/data-file.ts';
import { errorMap } from '../schemas/error-map.ts';
import { checkLocales, localizedText, pickText } from '../schemas/localized.ts';
import { objectLiteralPositions } from '../schemas/object-literal.ts';

/**
 * Everything project-specific lives in one `site.config.ts` at the project root, validated
 * against this schema. The engine in `src/` reads only this object, so another project can
 * swap `content/` and the config and get its own guidebook.
 */
/** Text per locale; the root locale's is required (checked against `locales` once parsed). */
const localized = localizedText;

/** A page's slug as Starlight knows it: the path under content/docs without the extension. */
const pageSlug = z.string().regex(/^[a-z0-9-]+(\/[a-z0-9-]+)*$/, 'a page slug like "about" or "guide/roles"');
const sidebarGroup = z.strictObject({ label: localized, items: z.array(pageSlug).min(1) });

const colourHex = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour as #rrggbb');

export const siteConfigSchema = z.strictObject({
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
      z.strictObject({
        code: z.string().regex(/^[a-z]{2}(-[A-Z]{2})?$/, 'a language code like "fi" or "en"'),
        label: z.string().min(1),
      }),
    )
    .min(1, 'at least one locale is needed; the first is the root locale'),
  /** Site logo in the header: a path relative to the project root, e.g. `./public/logo.svg`. */
  logo: z
    .strictObject({ src: z.string().min(1), alt: localized, replacesTitle: z.boolean().default(false) })
    .optional(),
  /** The browser tab's icon: a file under public/. */
  favicon: z.string().startsWith('/').default('/favicon.svg'),
  colours: z.strictObject({ accent: colourHex, accentDark: colourHex, accentLight: colourHex }),
  organisations: z.array(
    z.strictObject({
      name: z.string().min(1),
      role: localized,
      url: z.url().optional(),
      /** Logo under public/, e.g. `/logos/partner.svg` (the site's base path is added). */
      logo: z.string().startsWith('/').optional(),
    }),
  ),
  /** Logo of the funder, shown with the funding notice (a path under public/). */
  fundingLogo: z.strictObject({ src: z.string().startsWith('/'), alt: localized }).optional(),
  funding: localized,
  /**
   * The funder's emblem with its funding statement, on every page's footer and on every PDF:
   * `eu` draws the emblem of the European Union to its construction rules (emblem/eu-flag.ts)
   * with the statement beside it, e.g. "Co-funded by the European Union".
   */
  fundingEmblem: z.strictObject({ kind: z.literal('eu'), statement: localized }).optional(),
  license: z.strictObject({
    content: z.strictObject({ name: z.string(), url: z.url() }),
    code: z.strictObject({ name: z.string(), url: z.url() }),
    notice: localized,
  }),
  /**
   * The accessibility statement's feedback channel. Unset (or an example domain) is allowed only
   * in builds not meant for publishing: a production build fails without the publisher's address.
   */
  accessibilityContact: z
    .strictObject({
      email: z.preprocess((v) => (v === '' ? undefined : v), z.email().optional()),
      note: localized.optional(),
    })
    .default({}),
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
  footerLinks: z.array(z.strictObject({ slug: pageSlug, label: localized })).default([]),
  /**
   * The page that shows `<MyWorksheets />` (the participant's own folder, e.g. `my-worksheets`):
   * every worksheet links to it. Optional; without it the worksheets show no such link.
   */
  myWorksheetsPage: pageSlug.optional(),
  /** Materials: one folder under content/docs each; the order is the sidebar's order. */
  materials: z.array(
    z.strictObject({
      slug: z.string().regex(/^[a-z0-9-]+$/, 'a folder name under content/docs: lowercase letters, digits and hyphens'),
      title: localized,
      subject: localized,
    }),
  ),
  /** Parts of the domain's compound words, so that search finds "kasvi" in "hyötykasvi". */
  searchCompounds: z.array(z.string().min(3)).default([]),
  /**
   * Search by base form, per locale: a morphological analyser's base forms and compound parts of
   * every word of the locale's pages (`content/search/<locale>.tsv`, made by `npm run
   * search:words`), so that an inflected form finds the same pages as the base form. A locale
   * not listed keeps Pagefind's own stemming. `language` is the analyser's code when it is not
   * the locale's.
   */
  searchBaseForms: z
    .record(
      z.string().regex(/^[a-z]{2}(-[A-Z]{2})?$/, 'a locale code like "fi"'),
      z.object({ analyser: z.enum(['voikko']), language: z.string().min(2).optional() }),
    )
    .default({}),
  /**
   * Code blocks highlighted by Expressive Code, Starlight's highlighter. Off by default: a guidebook
   * rarely shows code (a code block then shows as plain monospaced text, as in the PDFs), and the
   * highlighter costs about half a second of every build.
   */
  codeHighlighting: z.boolean().default(false),
});

export type SiteConfigInput = z.input<typeof siteConfigSchema>;
export type SiteConfig = z.output<typeof siteConfigSchema>;

/**
 * Validates the site config. Problems read `site.config.ts:12:3: colours.accent: reason`: the line
 * is found in the file that called this (a project's site.config.ts), when there is one.
 */
export function defineSiteConfig(input: SiteConfigInput): SiteConfig {
  const result = siteConfigSchema.safeParse(input, { error: errorMap });
  // Once parsed, every text is held against the configured locales (the root's is required).
  const issues = result.success
    ? checkLocales(
        result.data,
        result.data.locales.map((l) => l.code),
      )
    : result.error.issues;
  if (result.success && issues.length === 0) return result.data;
  const source = callerConfigFile();
  const positions = source ? objectLiteralPositions(source.text, source.text.indexOf('defineSiteConfig(')) : new Map();
  const problems = issueProblems(source?.file ?? 'site.config.ts', input, issues, (at, key) => {
    // The deepest place on the path that the file spells out (a missing key: its parent).
    const full = key === undefined ? [...at] : [...at, key];
    for (let n = full.length; n >= 0; n--) {
      const found = positions.get(formatPath(full.slice(0, n)));
      if (found) return found;
    }
    return undefined;
  });
  throw new DataError(problems, 'The site config is not valid');
}

/** The project's site.config file that called defineSiteConfig(), read from the call stack. */
function callerConfigFile(): { file: string; text: string } | undefined {
  for (const line of (new Error().stack ?? '').split('\n')) {
    const match = /(?:file:\/\/)?(\/[^\s()]*?site\.config\.[cm]?[jt]s)(?::\d+)*\)?$/.exec(line.trim());
    if (!match?.[1]) continue;
    try {
      const full = match[1];
      return { file: path.relative(process.cwd(), full).split(path.sep).join('/'), text: readFileSync(full, 'utf8') };
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/** Picks a locale's text, falling back to the root locale's (texts are kept root first). */
export const pick = (text: Readonly<Record<string, string>>, locale: string): string => pickText(text, locale);
