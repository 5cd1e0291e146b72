import { describe, expect, it } from 'vitest';
import { euBlue, euFlag, euFlagSvg, euYellow } from '../../../emblem/eu-flag.ts';

/**
 * The EU emblem against its published construction rules (Regulation (EU) 2021/1060, Annex IX;
 * the Council of Europe's description of the flag): a 3:2 rectangle, twelve upright five-pointed
 * stars on a circle of radius h/3 around the centre, each star's points on a circle of radius h/18.
 */
const h = 180;
const flag = euFlag(h);
const close = (a: number, b: number) => expect(a).toBeCloseTo(b, 6);
const centreOf = (star: readonly (readonly [number, number])[]) => {
  const outer = star.filter((_, i) => i % 2 === 0);
  return [outer.reduce((s, p) => s + p[0], 0) / 5, outer.reduce((s, p) => s + p[1], 0) / 5] as const;
};

describe('the EU emblem', () => {
  it('is a rectangle one and a half times as wide as high', () => {
    expect(flag.height).toBe(h);
    close(flag.width, 1.5 * h);
  });

  it('has twelve stars at the hours of a clock on a circle of radius h/3 around the centre', () => {
    expect(flag.stars).toHaveLength(12);
    flag.stars.forEach((star, hour) => {
      const [x, y] = centreOf(star);
      close(Math.hypot(x - flag.width / 2, y - h / 2), h / 3);
      // Hour 0 straight above the centre, then clockwise every 30°.
      const angle = Math.atan2(x - flag.width / 2, -(y - h / 2));
      close((angle + 2 * Math.PI) % (2 * Math.PI), (hour * Math.PI) / 6);
    });
  });

  it('draws each star with five points on a circle of radius h/18, upright, two points level', () => {
    for (const star of flag.stars) {
      expect(star).toHaveLength(10);
      const [cx, cy] = centreOf(star);
      const outer = star.filter((_, i) => i % 2 === 0);
      for (const [x, y] of outer) close(Math.hypot(x - cx, y - cy), h / 18);
      const [top, right, , , left] = outer as [[number, number], [number, number], unknown, unknown, [number, number]];
      close(top[0], cx); // one point straight up …
      expect(top[1]).toBeLessThan(cy);
      close(right[1], left[1]); // … and two on a horizontal line
      // Inner corners are closer in: a star, not a pentagon.
      for (const [x, y] of star.filter((_, i) => i % 2 === 1)) expect(Math.hypot(x - cx, y - cy)).toBeLessThan(h / 36);
    }
  });

  it('keeps its stars apart (their points do not touch)', () => {
    const [a, b] = flag.stars.map(centreOf) as [[number, number], [number, number]];
    expect(Math.hypot(a[0] - b[0], a[1] - b[1])).toBeGreaterThan((2 * h) / 18);
  });

  it('is an SVG in Reflex Blue and yellow, named when it has a title and hidden when not', () => {
    const named = euFlagSvg({ title: 'Flag of the European Union' });
    expect(named).toContain(`fill="${euBlue}"`);
    expect(named).toContain(`fill="${euYellow}"`);
    expect(euBlue).toBe('#003399');
    expect(euYellow).toBe('#FFCC00');
    expect(named).toMatch(/role="img" aria-label="Flag of the European Union"/);
    expect(named).toContain('<title>Flag of the European Union</title>');
    expect(euFlagSvg()).toContain('aria-hidden="true"');
    expect(named.match(/M/g)).toHaveLength(12);
  });
});
