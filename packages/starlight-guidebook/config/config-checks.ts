import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { DataError } from '../schemas/data-file.ts';
import { nearest } from '../schemas/nearest.ts';
import { objectLiteralPositions } from '../schemas/object-literal.ts';
import { feedbackChannelProblem, isProductionBuild } from './feedback-channel.ts';
import { quietHookError } from './hook-errors.ts';
import type { SiteConfig } from './site-config.ts';

/** Does a folder hold a page (Markdown or MDX), at any depth? */
function hasPages(dir: string): boolean {
  if (!existsSync(dir)) return false;
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).some((name) => /\.mdx?$/.test(name));
}

/**
 * `site.config.ts:12:5` for a path in the project's site config (the file and the line of the key),
 * or just the file name when the file cannot be read.
 */
export function configPlaces(root: string): (where: string) => string {
  const name = ['site.config.ts', 'site.config.mts', 'site.config.js', 'site.config.mjs'].find((n) =>
    existsSync(path.join(root, n)),
  );
  if (!name) return () => 'site.config.ts';
  const text = readFileSync(path.join(root, name), 'utf8');
  const positions = objectLiteralPositions(text, Math.max(0, text.indexOf('defineSiteConfig(')));
  return (where) => {
    // The key itself, or the nearest enclosing one the file spells out.
    for (let key = where; key; key = key.replace(/(\.[^.[\]]+|\[\d+\])$/, '')) {
      const found = positions.get(key);
      if (found) return `${name}:${found.line}:${found.col}`;
      if (!/[.[]/.test(key)) break;
    }
    return name;
  };
}

/** `did you mean "x"?` when one known value is close, else the list of them. */
function near(value: string, known: string[]): string {
  const close = nearest(value, known);
  return close ? `did you mean "${close}"?` : `one of: ${known.join(', ')}`;
}

/** The page files Starlight would accept for a slug. */
function pageExists(docs: string, slug: string): boolean {
  return ['.mdx', '.md', '/index.mdx', '/index.md'].some((ending) => existsSync(path.join(docs, `${slug}${ending}`)));
}

/**
 * Problems in the site config that only the project's files can reveal: pages named in the
 * sidebar or footer, material folders and logo files that do not exist. Reported with the place
 * in site.config.ts, before anything is built.
 */
export function configProblems(config: SiteConfig, root: string): string[] {
  const docs = path.join(root, 'content/docs');
  const problems: string[] = [];
  const at = configPlaces(root);
  const problem = (where: string, reason: string) => problems.push(`${at(where)}: ${where}: ${reason}`);
  const page = (where: string, slug: string) => {
    if (!pageExists(docs, slug)) {
      problem(where, `no page "${slug}" (expected content/docs/${slug}.mdx or content/docs/${slug}/index.mdx)`);
    }
  };
  config.locales.slice(1).forEach((locale, i) => {
    if (!hasPages(path.join(docs, locale.code))) {
      problem(
        `locales[${i + 1}]`,
        `the locale "${locale.code}" has no pages: add its pages under content/docs/${locale.code}/ (at least index.mdx), or remove the locale`,
      );
    }
  });
  for (const side of ['before', 'after'] as const) {
    config.sidebar[side].forEach((group, g) => {
      group.items.forEach((slug, i) => {
        page(`sidebar.${side}[${g}].items[${i}]`, slug);
      });
    });
  }
  config.footerLinks.forEach((link, i) => {
    page(`footerLinks[${i}].slug`, link.slug);
  });
  if (config.myWorksheetsPage) page('myWorksheetsPage', config.myWorksheetsPage);
  config.materials.forEach((material, i) => {
    if (!existsSync(path.join(docs, material.slug))) {
      problem(`materials[${i}].slug`, `no folder content/docs/${material.slug}/ for material "${material.slug}"`);
    }
  });
  if (config.logo && !existsSync(path.resolve(root, config.logo.src))) {
    problem('logo.src', `no file ${config.logo.src}`);
  }
  const publicFile = (where: string, src: string) => {
    if (!existsSync(path.join(root, 'public', src))) problem(where, `no file public${src}`);
  };
  config.organisations.forEach((o, i) => {
    if (o.logo) publicFile(`organisations[${i}].logo`, o.logo);
  });
  if (config.fundingLogo) publicFile('fundingLogo.src', config.fundingLogo.src);
  publicFile('favicon', config.favicon);
  const locales = config.locales.map((l) => l.code);
  for (const locale of Object.keys(config.searchBaseForms)) {
    if (!locales.includes(locale)) {
      problems.push(
        `site.config.ts: searchBaseForms.${locale}: not a locale of the site (one of: ${locales.join(', ')})`,
      );
    }
  }
  return problems;
}

/**
 * Problems between the worksheet files and the config: two files with one id (`x.yaml` and
 * `x.yml`), and a `material` or `audience` that the config does not list. The definitions
 * themselves are validated by the worksheet loader.
 */
export function worksheetProblems(config: SiteConfig, root: string): string[] {
  const folder = 'content/worksheets';
  const names = existsSync(path.join(root, folder))
    ? readdirSync(path.join(root, folder))
        .filter((n) => /\.ya?ml$/.test(n) && !n.startsWith('_'))
        .sort()
    : [];
  const known = {
    material: { values: config.materials.map((m) => m.slug), where: 'a material' },
    audience: { values: Object.keys(config.audiences), where: 'an audience' },
  };
  const problems: string[] = [];
  const seen = new Map<string, string>();
  for (const name of names) {
    const file = `${folder}/${name}`;
    const id = name.replace(/\.ya?ml$/, '');
    const first = seen.get(id);
    if (first) problems.push(`${file}: id "${id}" is also the id of ${first}; keep one file per worksheet`);
    seen.set(id, file);
    const source = readFileSync(path.join(root, folder, name), 'utf8');
    // The usual `key: value` lines need no YAML parser (this runs before every build); known
    // values there end the check, anything else is looked at properly.
    const plainlyKnown = Object.entries(known).every(([key, { values }]) => {
      const plain = new RegExp(`^${key}:[ \\t]*([\\w-]+)[ \\t]*(?:#.*)?$`, 'm').exec(source);
      return plain?.[1] !== undefined && values.includes(plain[1]);
    });
    if (plainlyKnown) continue;
    const lines = new LineCounter();
    const doc = parseDocument(source, { lineCounter: lines });
    if (doc.errors.length > 0 || !isMap(doc.contents)) continue;
    for (const [key, { values, where }] of Object.entries(known)) {
      const node = doc.contents.get(key, true);
      if (isScalar(node) && typeof node.value === 'string' && !values.includes(node.value)) {
        const pos = node.range ? lines.linePos(node.range[0]) : undefined;
        problems.push(
          `${file}${pos ? `:${pos.line}:${pos.col}` : ''}: ${key}: "${node.value}" is not ${where} in the site config (${near(node.value, values)})`,
        );
      }
    }
  }
  return problems;
}

/** A build for publishing with no real accessibility feedback address (see feedback-channel.ts). */
export function publishingProblems(
  config: SiteConfig,
  command: string,
  env: Record<string, string | undefined> = process.env,
): string[] {
  if (command !== 'build' || !isProductionBuild(env)) return [];
  const problem = feedbackChannelProblem(config.accessibilityContact);
  return problem
    ? [
        `site.config.ts: accessibilityContact.email: ${problem}; a published site needs the publisher's own feedback address (act 306/2019)`,
      ]
    : [];
}

/** Runs configProblems(), worksheetProblems() and publishingProblems() when the build starts. */
export function guidebookConfigChecks(config: SiteConfig): AstroIntegration {
  return {
    name: 'guidebook-config-checks',
    hooks: {
      'astro:config:setup': ({ config: astro, command, logger }) => {
        const root = fileURLToPath(astro.root);
        const problems = [
          ...configProblems(config, root),
          ...worksheetProblems(config, root),
          ...publishingProblems(config, command),
        ];
        if (problems.length > 0) {
          quietHookError(logger);
          throw new DataError(problems, 'The site config does not match the content');
        }
      },
    },
  };
}
