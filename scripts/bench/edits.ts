import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { replaceFile } from './projects.ts';

// What authors do between builds, done to both copies alike.

/** The page an author edits: a reading page of the guide (its book PDF depends on it). */
export const editedPage = 'content/docs/opas/roolit.mdx';
/** The worksheet an author edits, shown on /tulevaisuusvalmennus/oma-tilanne-nyt/. */
export const editedWorksheet = 'content/worksheets/oma-tilanne-nyt.yaml';

/** One more sentence at the end of the page, different in every round. */
export function editPage(project: string, round: number): void {
  const file = path.join(project, editedPage);
  replaceFile(file, `${readFileSync(file, 'utf8').trimEnd()}\n\nMuokattu kierroksella ${round}.\n`);
}

/** The worksheet's Finnish introduction gets a word more, different in every round. */
export function editWorksheet(project: string, round: number): void {
  const file = path.join(project, editedWorksheet);
  const text = readFileSync(file, 'utf8');
  const edited = text.replace(/Tällä lomakkeella( \(\d+\))?/, `Tällä lomakkeella (${round})`);
  if (edited === text) throw new Error(`${editedWorksheet}: the benchmark's edit found nothing to change`);
  replaceFile(file, edited);
}

function mdxFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return name === 'en' ? [] : mdxFiles(file);
    return name.endsWith('.mdx') ? [file] : [];
  });
}

/**
 * Pages added to reach `total` HTML pages (with each locale's fallback pages): copies of the site's plain reading pages (no project
 * component, no relative link, no PDF of their own), each under a title of its own, in a folder
 * outside the materials. The same files go into both projects.
 */
export function addScalingPages(project: string, existing: number, total: number, locales: number): number {
  const docs = path.join(project, 'content/docs');
  const sources = mdxFiles(docs)
    .map((f) => readFileSync(f, 'utf8'))
    .filter(
      (text) =>
        !/^import\s.+from\s+['"](?!@astrojs\/starlight)/m.test(text) &&
        !/\]\(\.|href="\./.test(text) &&
        !/pagePdf:\s*true/.test(text) &&
        /^title:/m.test(text) &&
        !/^template:/m.test(text),
    );
  if (sources.length === 0) throw new Error('no page to copy for the scaling row');
  // Starlight renders each root-locale page once more in every other locale (a fallback page).
  const count = Math.max(0, Math.ceil((total - existing) / locales));
  const folder = path.join(docs, 'mittakaava');
  mkdirSync(folder, { recursive: true });
  for (let i = 0; i < count; i++) {
    const text = sources[i % sources.length] as string;
    const titled = text.replace(
      /^title:\s*(.*)$/m,
      (_, title: string) => `title: ${JSON.stringify(`${title.replace(/^['"]|['"]$/g, '')} ${i + 1}`)}`,
    );
    replaceFile(path.join(folder, `sivu-${String(i + 1).padStart(4, '0')}.mdx`), titled);
  }
  return count;
}
