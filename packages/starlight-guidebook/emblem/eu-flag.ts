/**
 * The emblem of the European Union (the European flag), drawn from its published construction
 * rules rather than copied from an image file: Commission Implementing Regulation (EU) 2021/1060,
 * Annex IX, and the Council of Europe's technical description of the flag.
 *
 * - a rectangle whose width is one and a half times its height;
 * - twelve five-pointed stars at equal intervals (the hours of a clock) on an invisible circle
 *   centred where the diagonals cross, its radius one third of the height;
 * - each star's points on a circle whose radius is one eighteenth of the height; every star upright
 *   (one point straight up, two points on a line at right angles to the flagpole);
 * - Reflex Blue for the rectangle (#003399 on screen), yellow for the stars (#FFCC00).
 *
 * The same geometry feeds the web (`euFlagSvg`) and the PDFs (`pdf/emblem.ts`), so the two
 * cannot drift apart. Coordinates run right and down, as in SVG and in pdfkit.
 */
export const euBlue = '#003399';
export const euYellow = '#FFCC00';

export type Point = readonly [number, number];

export interface EuFlag {
  width: number;
  height: number;
  /** Twelve stars, each a closed outline of ten points (outer and inner corners in turn). */
  stars: Point[][];
}

/** Ratio of a regular five-pointed star's inner to outer radius (its arms' lines run straight on). */
const innerRatio = Math.cos((2 * Math.PI) / 5) / Math.cos(Math.PI / 5);

/** A star centred at (cx, cy) with outer radius r, one point straight up. */
export function uprightStar(cx: number, cy: number, r: number): Point[] {
  return Array.from({ length: 10 }, (_, i) => {
    const angle = (i * Math.PI) / 5;
    const radius = i % 2 === 0 ? r : r * innerRatio;
    return [cx + radius * Math.sin(angle), cy - radius * Math.cos(angle)] as const;
  });
}

/** The flag at a given height (the hoist). */
export function euFlag(height: number): EuFlag {
  const width = height * 1.5;
  const ring = height / 3;
  const starRadius = height / 18;
  const stars = Array.from({ length: 12 }, (_, hour) => {
    const angle = (hour * Math.PI) / 6;
    return uprightStar(width / 2 + ring * Math.sin(angle), height / 2 - ring * Math.cos(angle), starRadius);
  });
  return { width, height, stars };
}

const round = (n: number) => Number(n.toFixed(3));

/** The stars as one SVG path (`d`). */
export function starsPath(flag: EuFlag): string {
  return flag.stars.map((star) => `M${star.map(([x, y]) => `${round(x)} ${round(y)}`).join('L')}Z`).join('');
}

/**
 * The flag as an SVG element, `height` user units high. With `title` it is an image with that
 * accessible name; without, decoration hidden from assistive technology.
 */
/** The flag's outline per height: the same on every page of a build, worked out once. */
const drawn = new Map<number, { flag: EuFlag; stars: string }>();

export function euFlagSvg(options: { height?: number; title?: string; className?: string } = {}): string {
  const height = options.height ?? 54;
  let done = drawn.get(height);
  if (!done) {
    const flag = euFlag(height);
    done = { flag, stars: starsPath(flag) };
    drawn.set(height, done);
  }
  const { flag, stars } = done;
  const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
  const a11y = options.title ? `role="img" aria-label="${escapeAttr(options.title)}"` : 'aria-hidden="true"';
  const cls = options.className ? ` class="${escapeAttr(options.className)}"` : '';
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${round(flag.width)} ${round(flag.height)}"${cls} ${a11y}>` +
    (options.title ? `<title>${escapeAttr(options.title)}</title>` : '') +
    `<rect width="${round(flag.width)}" height="${round(flag.height)}" fill="${euBlue}"/>` +
    `<path fill="${euYellow}" d="${stars}"/></svg>`
  );
}
