import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { cachedBuild } from '../../../build/bundle-cache.ts';
import { bundleWorker } from '../../../build/worker-bundle.ts';
import { bundleFillWorker } from '../../../pdf/browser/fill-worker-asset.ts';

// Every esbuild run of the modules under test is counted.
const esbuildRuns = vi.hoisted(() => ({ count: 0 }));
vi.mock('esbuild', async (original) => {
  const esbuild = await original<typeof import('esbuild')>();
  return {
    ...esbuild,
    build: (...args: Parameters<typeof esbuild.build>) => {
      esbuildRuns.count++;
      return esbuild.build(...args);
    },
  };
});

const temp = mkdtempSync(path.join(os.tmpdir(), 'bundle-cache-test-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('the bundle cache', { timeout: 60_000 }, () => {
  it('makes a bundle again only when one of its inputs or its options changed', async () => {
    const cache = path.join(temp, 'generic');
    const input = path.join(temp, 'input.txt');
    writeFileSync(input, 'one');
    let made = 0;
    const make = async () => {
      made++;
      return { entry: 'out.js', files: [{ name: 'out.js', code: `made ${made}` }], inputs: [input] };
    };
    const first = await cachedBuild('thing', 'options a', make, cache);
    expect(first).toMatchObject({ entry: 'out.js', fromCache: false, files: [{ name: 'out.js', code: 'made 1' }] });
    const again = await cachedBuild('thing', 'options a', make, cache);
    expect(again).toMatchObject({ fromCache: true, files: [{ name: 'out.js', code: 'made 1' }] });
    expect(made).toBe(1);

    writeFileSync(input, 'two');
    expect((await cachedBuild('thing', 'options a', make, cache)).files[0]?.code).toBe('made 2');
    expect((await cachedBuild('thing', 'options a', make, cache)).fromCache).toBe(true);
    expect((await cachedBuild('thing', 'options b', make, cache)).files[0]?.code).toBe('made 3');
    expect(made).toBe(3);

    // An input that is gone means the bundle is made again.
    const gone = path.join(temp, 'gone.txt');
    writeFileSync(gone, 'x');
    let inputs = [input, gone];
    const makeFrom = async () => ({ ...(await make()), inputs });
    await cachedBuild('other', 'o', makeFrom, cache);
    rmSync(gone);
    inputs = [input];
    expect((await cachedBuild('other', 'o', makeFrom, cache)).fromCache).toBe(false);
    expect(made).toBe(5);
  });

  it('keeps the answers-PDF worker: a second build runs no esbuild and gets the same files', async () => {
    const cache = path.join(temp, 'fill');
    esbuildRuns.count = 0;
    const first = await bundleFillWorker(cache);
    expect(first.fromCache).toBe(false);
    expect(esbuildRuns.count).toBe(1);
    const second = await bundleFillWorker(cache);
    expect(esbuildRuns.count).toBe(1);
    expect(second.fromCache).toBe(true);
    expect(second.entry).toBe(first.entry);
    expect(second.files).toEqual(first.files);
    expect(first.files.length).toBeGreaterThan(1);
  });

  it('keeps the node workers (PDF, social cards) the same way', async () => {
    const before = esbuildRuns.count;
    const file = await bundleWorker('og/worker.ts', ['@resvg/resvg-js', 'sharp']);
    const runs = esbuildRuns.count - before;
    expect(runs).toBeLessThanOrEqual(1);
    expect(await bundleWorker('og/worker.ts', ['@resvg/resvg-js', 'sharp'])).toBe(file);
    expect(esbuildRuns.count - before).toBe(runs);
    expect(file).toMatch(/\.cjs$/);
  });
});
