import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { newContext } from '../support/browser.ts';
import { htmlPages } from '../support/dist.ts';
import { axeSource, axeTags, useBuiltSite } from '../support/site.ts';

/**
 * axe-core over every built page, in light and dark mode, with Starlight's own rule set
 * (WCAG 2.x A and AA plus best practice). The goal is zero violations.
 */

interface Violation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

async function audit(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async (runTags) => {
    // biome-ignore lint/suspicious/noExplicitAny: axe is injected at run time
    const axe = (window as any).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: runTags } });
    // axe leaves text it measured at 1:1 for a person to review (it may be hidden on purpose), not
    // among the violations: white text on a white page passed this audit. Measured too low is a
    // violation here.
    type Review = Omit<Violation, 'nodes'> & { nodes: { target: string[]; any: { data?: unknown }[] }[] };
    const tooFaint = (result.incomplete as Review[])
      .filter((v) => v.id === 'color-contrast')
      .map((v) => ({
        ...v,
        nodes: v.nodes.filter((n) => {
          const data = n.any[0]?.data as { contrastRatio?: number; expectedContrastRatio?: string } | undefined;
          const expected = Number.parseFloat(data?.expectedContrastRatio ?? '');
          return typeof data?.contrastRatio === 'number' && data.contrastRatio > 0 && data.contrastRatio < expected;
        }),
      }))
      .filter((v) => v.nodes.length > 0);
    return [...(result.violations as Violation[]), ...tooFaint];
  }, axeTags);
  return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

const site = useBuiltSite();

// 404.html too: the page anyone with a broken link sees.
const pages = [...htmlPages(), '404.html'].map((p) => `/${p.replace(/index\.html$/, '')}`);

describe.each([
  ['light', 1280],
  ['dark', 1280],
  ['light', 390],
] as const)('accessibility in %s mode at %ipx', (theme, width) => {
  it('every page has zero axe violations', async () => {
    const context = await newContext(site.browser, { colorScheme: theme, viewport: { width, height: 900 } });
    await context.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
    const page = await context.newPage();
    const problems: string[] = [];
    for (const path of pages) {
      await page.goto(`${site.origin}${path}`);
      for (const v of await audit(page)) problems.push(`${path} ${v}`);
    }
    await context.close();
    expect(problems).toEqual([]);
  }, 600_000);
});

// WCAG 1.4.10 Reflow: at 320 CSS pixels wide nothing needs scrolling sideways (tables and code
// may scroll inside their own box).
describe('reflow at 320px', () => {
  it('no page scrolls sideways', async () => {
    const context = await newContext(site.browser, { viewport: { width: 320, height: 800 } });
    const page = await context.newPage();
    const wide: string[] = [];
    for (const path of pages) {
      await page.goto(`${site.origin}${path}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      if (overflow > 0) wide.push(`${path} is ${overflow}px too wide`);
    }
    await context.close();
    expect(wide).toEqual([]);
  }, 600_000);
});
