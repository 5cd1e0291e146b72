// Screenshots of built pages, to look at them as a reader would.
// Usage: npm run screenshot -- <out-dir> /path/ [/other/ ...]   (env: WIDTHS=1280,390 THEME=light|dark)
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { launchBrowser, newContext } from '../tests/support/browser.ts';
import { serveDist } from '../tests/support/server.ts';

const [outDir = '/tmp/screens', ...paths] = process.argv.slice(2);
const widths = (process.env.WIDTHS ?? '1280,390').split(',').map(Number);
const theme = process.env.THEME === 'dark' ? 'dark' : 'light';
mkdirSync(outDir, { recursive: true });

const server = await serveDist();
const browser = await launchBrowser();
try {
  for (const width of widths) {
    const context = await newContext(browser, { viewport: { width, height: 900 }, colorScheme: theme });
    const page = await context.newPage();
    for (const p of paths.length ? paths : ['/']) {
      await page.goto(`${server.origin}${p}`);
      const name = `${p.replace(/\W+/g, '_').replace(/^_|_$/g, '') || 'home'}-${width}-${theme}.png`;
      await page.screenshot({ path: path.join(outDir, name), fullPage: true });
      console.log(path.join(outDir, name));
    }
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
