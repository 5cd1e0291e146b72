import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { packageVersion } from '../build/package-version.ts';
import { hash } from '../pdf/cache.ts';
import type { CardInput } from './card.ts';

/** The modules and packages that decide a card's pixels. */
const drawingModules = ['./card.ts', './render.ts'];
export const drawingPackages = ['satori', '@resvg/resvg-js', 'sharp', '@expo-google-fonts/noto-sans'];

let drawing: string | undefined;

/**
 * A hash of how cards are drawn: the card's layout and renderer sources and the versions of the
 * libraries and fonts. A restored cache (CI keeps it between deployments) then never serves a card
 * drawn by an older look, and there is no version number to remember to bump.
 */
export function drawingHash(): string {
  drawing ??= hash(
    ...drawingModules.map((m) => readFileSync(fileURLToPath(new URL(m, import.meta.url)))),
    ...drawingPackages.map((p) => `${p}@${packageVersion(p, import.meta.url)}`),
  );
  return drawing;
}

/** The cache key of one card: what it shows and how it is drawn. */
export function cardKey(input: CardInput): string {
  return hash(drawingHash(), JSON.stringify(input));
}
