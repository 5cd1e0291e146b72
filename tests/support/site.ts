import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser, newContext } from './browser.ts';
import { assertBuilt } from './dist.ts';
import { type StaticServer, serveDist } from './server.ts';

export interface BuiltSite {
  /** `http://127.0.0.1:<port>` of the served dist/. */
  readonly origin: string;
  readonly browser: Browser;
  /** A page of the site in a context of its own (close it with `page.context().close()`). */
  open(path: string, options?: Parameters<typeof newContext>[1]): Promise<Page>;
}

/** For one test file: serves the built site and starts Chromium before the tests, closes both after. */
export function useBuiltSite(): BuiltSite {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    assertBuilt();
    server = await serveDist();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const ready = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the built site is not served yet (use it inside a test)');
    return value;
  };
  return {
    get origin() {
      return ready(server).origin;
    },
    get browser() {
      return ready(browser);
    },
    async open(path, options = {}) {
      const page = await (await newContext(ready(browser), options)).newPage();
      await page.goto(`${ready(server).origin}${path}`);
      return page;
    },
  };
}

/** axe-core's source, injected into pages with `page.evaluate` (CSP does not apply to it). */
export const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Starlight's own rule set: WCAG 2.x A and AA plus best practice. */
export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
