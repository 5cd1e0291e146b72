import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { bundleFillWorker } from '../../../pdf/browser/fill-worker-asset.ts';

describe('the answers-PDF worker bundle', { timeout: 30_000 }, () => {
  it('is ES modules named by hashes of their code, importing nothing but each other', async () => {
    const { entry, files } = await bundleFillWorker();
    const names = files.map((f) => f.name);
    expect(entry).toMatch(/^fill-worker\.[0-9A-Z]{8}\.js$/);
    for (const { code } of files) {
      // A module worker cannot resolve bare imports: every import is one of these files.
      for (const [, target] of code.matchAll(/\bimport\s*\(?\s*"([^"]+)"/g)) {
        expect(names).toContain(String(target).replace(/^\.\//, ''));
      }
    }
    const main = files.find((f) => f.name === entry)?.code ?? '';
    expect(main).toContain('AcroForm');
    expect(main).toContain('addEventListener("message"');
    expect((await bundleFillWorker()).entry).toBe(entry);
  });

  it('keeps fontkit out of what a Latin-script answer loads: the entry and its static imports', async () => {
    const { entry, files } = await bundleFillWorker();
    const byName = new Map(files.map((f) => [f.name, f.code]));
    const loaded = new Set<string>();
    const visit = (name: string) => {
      if (loaded.has(name)) return;
      loaded.add(name);
      // Static imports only (`import{a as b}from"./x.js"`); import("./x.js") loads on demand.
      for (const [, target] of (byName.get(name) ?? '').matchAll(/\bfrom\s*"\.\/([^"]+)"/g)) visit(String(target));
    };
    visit(entry);
    const code = [...loaded].map((n) => byName.get(n) ?? '').join('\n');
    // One of fontkit's own messages; its file is imported with import() only.
    const fontkitWords = 'Could not find a supported cmap table';
    expect(code).not.toContain(fontkitWords);
    expect(files.some((f) => f.code.includes(fontkitWords))).toBe(true);
    // Helvetica's metrics are in, the other standard fonts' are replaced by an error naming them.
    expect(code).toContain('not of Times-Roman');
    expect(code).not.toContain('not of Helvetica ');
    expect(gzipSync(code).length).toBeLessThan(150 * 1024);
  });
});
