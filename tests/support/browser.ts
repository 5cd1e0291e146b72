import type { Browser, BrowserContext } from 'playwright-core';
import { newContext as packageContext } from '../../packages/starlight-guidebook/__tests__/support/browser.ts';

export {
  chromiumPath,
  hasChromium,
  launchBrowser,
} from '../../packages/starlight-guidebook/__tests__/support/browser.ts';

/**
 * A browser context as a reader of this site has it: Finnish, the root locale. Service workers
 * are blocked (this site's stores about 5 MB at install); the offline tests and the folder's
 * test allow them (`serviceWorkers: 'allow'`).
 */
export function newContext(
  browser: Browser,
  options: Parameters<Browser['newContext']>[0] = {},
): Promise<BrowserContext> {
  return packageContext(browser, { locale: 'fi-FI', ...options });
}
