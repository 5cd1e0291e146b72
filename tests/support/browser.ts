import { existsSync } from 'node:fs';
import { type Browser, type BrowserContext, chromium } from 'playwright-core';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const hasChromium = existsSync(chromiumPath);

/** Flags for Debian's Chromium on a machine with no network but the package registries. */
const flags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: flags, headless: true });
}

export async function newContext(
  browser: Browser,
  options: Parameters<Browser['newContext']>[0] = {},
): Promise<BrowserContext> {
  // The site's service worker stores about 5 MB at install in every new context: tests of other
  // things run without it (less load on a shared machine, the same pages); the offline tests and
  // the folder's test allow it (`serviceWorkers: 'allow'`).
  return browser.newContext({
    locale: 'fi-FI',
    viewport: { width: 1280, height: 900 },
    serviceWorkers: 'block',
    ...options,
  });
}
