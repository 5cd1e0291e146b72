import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** What a page makes the browser load and run before anyone touches it: the code and the data for it. */
export interface PageCode {
  /** Script files the page loads at once: its module scripts and, recursively, their static imports. */
  files: Map<string, number>;
  /** gzip bytes of those files, of the inline scripts, of the inline JSON. */
  js: number;
  inlineJs: number;
  inlineJson: number;
  total: number;
}

const gzip = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

/**
 * Reads a built page's code without a browser: `<script src>` and `import "./x.js"` / `from "./x.js"`
 * followed through the built files; `import("./x.js")` (loaded on demand) is not followed.
 */
export function pageCode(dist: string, page: string): PageCode {
  const html = readFileSync(path.join(dist, page, 'index.html'), 'utf8');
  const files = new Map<string, number>();
  const visit = (url: string) => {
    if (files.has(url)) return;
    const file = path.join(dist, decodeURIComponent(url));
    if (!existsSync(file)) throw new Error(`${page}: ${url} is not in the build`);
    const code = readFileSync(file, 'utf8');
    files.set(url, gzip(code));
    for (const m of code.matchAll(/(?:\bimport\s*|\bfrom\s*)["']([^"']+\.js)["']/g)) {
      visit(path.posix.join(path.posix.dirname(url), m[1] ?? ''));
    }
  };
  const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
  let inlineJs = 0;
  let inlineJson = 0;
  for (const [, attrs = '', body = ''] of scripts) {
    const src = /\ssrc="([^"]+)"/.exec(attrs)?.[1];
    if (src) visit(src);
    else if (/type="application\/(ld\+)?json"/.test(attrs)) inlineJson += gzip(body);
    else if (!body.includes('starlight-synced-tabs')) {
      // (Starlight's own Tabs script is left out: plain Starlight's page with the same tabs has it.)
      inlineJs += gzip(body);
      for (const m of body.matchAll(/(?:\bimport\s*|\bfrom\s*)["']([^"']+\.js)["']/g)) visit(m[1] ?? '');
    }
  }
  const js = [...files.values()].reduce((n, b) => n + b, 0);
  return { files, js, inlineJs, inlineJson, total: js + inlineJs + inlineJson };
}
