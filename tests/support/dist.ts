import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export const distDir = path.resolve(process.env.GUIDEBOOK_OUT_DIR ?? 'dist');

export function assertBuilt(): void {
  if (!existsSync(path.join(distDir, 'index.html'))) {
    throw new Error(`No built site in ${distDir}: run \`npm run build\` first.`);
  }
}

/** Every file under dist/ with one of the given extensions, as paths relative to dist/. */
export function distFiles(extension: string, dir = distDir): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...distFiles(extension, full));
    else if (name.endsWith(extension)) out.push(path.relative(distDir, full));
  }
  return out.sort();
}

export function readDist(relative: string): string {
  return readFileSync(path.join(distDir, relative), 'utf8');
}

/** The HTML pages a reader can visit (Pagefind's and the 404 page excluded). */
export function htmlPages(): string[] {
  return distFiles('.html').filter((p) => !p.startsWith('pagefind') && p !== '404.html');
}
