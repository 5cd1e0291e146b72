import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext } from '../support/browser.ts';
import { assertBuilt, htmlPages } from '../support/dist.ts';
import { type StaticServer, serveDist } from '../support/server.ts';

/**
 * axe-core over every built page, in light and dark mode, with Starlight's own rule set
 * (WCAG 2.x A and AA plus best practice). The goal is zero violations.
 */
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

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
    return result.violations as Violation[];
  }, tags);
  return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

let server: StaticServer;
let browser: Browser;
beforeAll(async () => {
  assertBuilt();
  server = await serveDist();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const pages = htmlPages().map((p) => `/${p.replace(/index\.html$/, '')}`);

describe.each([
  ['light', 1280],
  ['dark', 1280],
  ['light', 390],
] as const)('accessibility in %s mode at %ipx', (theme, width) => {
  it('every page has zero axe violations', async () => {
    const context = await newContext(browser, { colorScheme: theme, viewport: { width, height: 900 } });
    await context.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
    const page = await context.newPage();
    const problems: string[] = [];
    for (const path of pages) {
      await page.goto(`${server.origin}${path}`);
      for (const v of await audit(page)) problems.push(`${path} ${v}`);
    }
    await context.close();
    expect(problems).toEqual([]);
  }, 600_000);
});
