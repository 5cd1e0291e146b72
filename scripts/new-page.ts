#!/usr/bin/env node
// npm run new:page -- <material>/<slug>
// Writes content/docs/<material>/<slug>.mdx and the same page under every other locale's folder.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const slugPattern = /^[a-z0-9][a-z0-9-]*(\/[a-z0-9][a-z0-9-]*)*$/;

/** `kokeilun-kulku` -> `Kokeilun kulku`: a placeholder the author replaces. */
export function titleFromSlug(slug: string): string {
  const words = (slug.split('/').pop() ?? slug).replaceAll('-', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const texts: Record<string, { description: string; body: string; sources: string }> = {
  fi: {
    description: 'Kirjoita tähän yhden virkkeen kuvaus sivusta.',
    body: 'Kirjoita sivun teksti tähän. Väliotsikot ovat muotoa `## Otsikko`.',
    sources: 'Lähteet: kerro tässä, mihin aineistoon sivu perustuu.',
  },
  en: {
    description: 'Write a one-sentence description of the page here.',
    body: 'Write the text of the page here. Subheadings look like `## Heading`.',
    sources: 'Sources: say here which material the page is based on.',
  },
};

export function pageTemplate(slug: string, locale: string): string {
  const t = texts[locale] ?? (texts.en as (typeof texts)['en']);
  return `---
title: ${titleFromSlug(slug)}
description: ${t.description}
---

${t.body}

<small>${t.sources}</small>
`;
}

/**
 * Writes the page in the root locale and in every other locale (under content/docs/<code>/).
 * Refuses if any of the files exists, so nothing is half-written.
 */
export function newPage(root: string, slug: string, locales: string[]): string[] {
  const clean = slug.replace(/^\/+|\/+$/g, '').replace(/\.mdx?$/, '');
  if (!slugPattern.test(clean)) {
    throw new Error(
      `"${slug}" is not a valid page path: use <material>/<slug> with lowercase letters, digits and hyphens`,
    );
  }
  const [rootLocale, ...others] = locales;
  if (!rootLocale) throw new Error('no locales');
  const files = [
    { locale: rootLocale, file: path.posix.join('content/docs', `${clean}.mdx`) },
    ...others.map((code) => ({ locale: code, file: path.posix.join('content/docs', code, `${clean}.mdx`) })),
  ];
  for (const { file } of files) {
    const other = [file, file.replace(/\.mdx$/, '.md'), file.replace(/\.mdx$/, '/index.mdx')];
    const found = other.find((f) => existsSync(path.join(root, f)));
    if (found) throw new Error(`${found} already exists; not overwriting it`);
  }
  for (const { locale, file } of files) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), pageTemplate(clean, locale), { flag: 'wx' });
  }
  return files.map((f) => f.file);
}

if (import.meta.main) {
  const [slug] = process.argv.slice(2);
  try {
    if (!slug) throw new Error('usage: npm run new:page -- <material>/<slug>');
    const root = process.cwd();
    const config = (await import(path.join(root, 'site.config.ts'))).default as {
      locales: { code: string }[];
      materials: { slug: string }[];
    };
    const material = slug.split('/')[0] ?? '';
    if (slug.includes('/') && !config.materials.some((m) => m.slug === material)) {
      console.warn(`Note: "${material}" is not a material in site.config.ts, so the page is not in the sidebar.`);
    }
    const files = newPage(
      root,
      slug,
      config.locales.map((l) => l.code),
    );
    console.log(`Created:\n${files.map((f) => `  ${f}`).join('\n')}\nPreview with: npm run dev`);
  } catch (error) {
    console.error(`new:page: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
