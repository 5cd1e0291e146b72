import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { newContext } from '../support/browser.ts';
import { htmlPages, readDist } from '../support/dist.ts';
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

// Pages with something to fill in or choose (worksheets and tools): controls or choice buttons in
// the main content. What they show after answering (summaries, progress tables, feedback) is not
// there on an untouched page.
const interactive = htmlPages()
  .filter((file) => {
    const html = readDist(file);
    const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
    return /<(input|select|textarea)\b|class="vk-choice"/.test(main);
  })
  .map((p) => `/${p.replace(/index\.html$/, '')}`);

/**
 * Answers everything on the page as a person would, through the controls' own events: text in
 * every text field, a middle option of each radio group, every check box ticked, the last choice
 * of each list, and in the practice dialogue a reply at each turn until it ends.
 */
async function answerEverything(page: Page): Promise<void> {
  await page.evaluate(() => {
    const main = document.querySelector('main');
    if (!main) return;
    const fire = (el: Element) => {
      el.dispatchEvent(new Event('input', { bubbles: true }));
      el.dispatchEvent(new Event('change', { bubbles: true }));
    };
    const radios = new Map<string, HTMLInputElement[]>();
    for (const el of main.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(
      'input, textarea, select',
    )) {
      if (el.disabled || el.closest('[hidden]')) continue;
      if (el instanceof HTMLSelectElement) {
        el.selectedIndex = el.options.length - 1;
        fire(el);
      } else if (el instanceof HTMLTextAreaElement) {
        el.value = 'Vastaus, joka on kirjoitettu kokeeksi.';
        fire(el);
      } else if (el.type === 'radio') radios.set(el.name, [...(radios.get(el.name) ?? []), el]);
      else if (el.type === 'checkbox') {
        if (!el.checked) el.click();
      } else if (el.type === 'date') {
        el.value = '2026-12-06';
        fire(el);
      } else if (el.type === 'number' || el.type === 'range') {
        el.value = el.max || '3';
        fire(el);
      } else if (el.type !== 'file' && el.type !== 'hidden' && el.type !== 'button' && el.type !== 'submit') {
        el.value = 'Vastaus';
        fire(el);
      }
    }
    for (const group of radios.values()) group[Math.floor(group.length / 2)]?.click();
  });
  for (let turn = 0; turn < 12; turn++) {
    const choice = page.locator('main .vk-choice:visible').first();
    if ((await choice.count()) === 0) break;
    await choice.click();
  }
  // Summaries and tables are redrawn on the next frame after an answer.
  await page.waitForTimeout(300);
}

describe.each([
  ['light', 1280],
  ['dark', 1280],
  ['light', 320],
  ['dark', 320],
] as const)('after answering, in %s mode at %ipx', (theme, width) => {
  it('every worksheet and tool page has zero axe violations', async () => {
    expect(interactive.length).toBeGreaterThan(20);
    const context = await newContext(site.browser, { colorScheme: theme, viewport: { width, height: 900 } });
    await context.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
    const page = await context.newPage();
    const problems: string[] = [];
    for (const path of interactive) {
      await page.goto(`${site.origin}${path}`);
      await answerEverything(page);
      for (const v of await audit(page)) problems.push(`${path} ${v}`);
    }
    await context.close();
    expect(problems).toEqual([]);
  }, 900_000);
});
