import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { breakdownRows, cpuBreakdown, groupOf } from '../../scripts/bench/cpu-profile.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'bench-profile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const frame = (id: number, url: string, functionName: string, children: number[] = []) => ({
  id,
  callFrame: { url, functionName },
  children,
});

describe('the bench profile breakdown', () => {
  it('groups code by package, engine folder, PDF worker bundle and V8', () => {
    expect(groupOf('file:///p/node_modules/pdfkit/js/pdfkit.js', 'x')).toBe('pdfkit');
    expect(groupOf('file:///p/node_modules/@astrojs/mdx/dist/index.js', 'x')).toBe('@astrojs/mdx');
    expect(groupOf('file:///p/node_modules/vite/node_modules/rolldown/x.js', 'x')).toBe('bundling: vite and rolldown');
    expect(groupOf('file:///p/packages/starlight-guidebook/pdf/plan.ts', 'x')).toBe('engine: pdf');
    expect(groupOf('file:///p/packages/node_modules/.cache/guidebook-workers/pdf-worker-1/worker.cjs', 'x')).toMatch(
      /^engine: PDF worker/,
    );
    expect(groupOf('node:internal/fs/utils', 'x')).toBe('Node.js itself');
    expect(groupOf('', '(garbage collector)')).toBe('V8: garbage collection');
    expect(groupOf('', '(idle)')).toBeUndefined();
  });

  it('counts time in Node.js and V8 built-ins for the code that called them, idle time for nobody', () => {
    // root → pdfkit → node:fs (sampled 3 s), root → (idle) (5 s), root → (garbage collector) (2 s)
    const profile = {
      nodes: [
        frame(1, '', '(root)', [2, 4, 5]),
        frame(2, 'file:///p/node_modules/pdfkit/js/pdfkit.js', 'embed', [3]),
        frame(3, 'node:fs', 'readFileSync'),
        frame(4, '', '(idle)'),
        frame(5, '', '(garbage collector)'),
      ],
      samples: [3, 3, 4, 5],
      timeDeltas: [1e6, 2e6, 5e6, 2e6], // microseconds
    };
    writeFileSync(path.join(dir, 'a.cpuprofile'), JSON.stringify(profile));
    const breakdown = cpuBreakdown(dir);
    expect(Object.fromEntries(breakdown)).toEqual({ pdfkit: 3000, 'V8: garbage collection': 2000 });
    const rows = breakdownRows(new Map([['pdfkit', 1000]]), breakdown);
    expect(rows[0]).toBe('| pdfkit | 1.00 s | 3.00 s | +2.00 s |');
    expect(rows.at(-1)).toBe('| **all JavaScript threads** | 1.00 s | 5.00 s | +4.00 s |');
  });
});
