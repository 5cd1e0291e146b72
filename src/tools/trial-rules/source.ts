import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The rules box's text lives in one Markdown file per locale, `content/data/opas/kokeilun-saannot.<lang>.md`:
 * the web component renders it through Astro's Markdown pipeline and the PDF print form parses
 * the same file, so the employer's page, the participant's page and the guide show one text.
 */
export const RULES_DIR = 'content/data/opas';

export function rulesFile(lang: string): string {
  return path.posix.join(RULES_DIR, `kokeilun-saannot.${lang}.md`);
}

/** The Markdown source for a locale, Finnish when the locale has none. */
export function readRules(lang: string, root = process.cwd()): { file: string; source: string } {
  for (const candidate of [rulesFile(lang), rulesFile('fi')]) {
    try {
      return { file: candidate, source: readFileSync(path.join(root, candidate), 'utf8') };
    } catch {
      // Try the next candidate; the Finnish file is required.
    }
  }
  throw new Error(`${rulesFile('fi')}: the rules box's text is missing`);
}
