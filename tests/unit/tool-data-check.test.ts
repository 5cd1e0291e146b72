import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { toolDataChecks, toolDataHash } from '#tools/check-data.ts';

const temp = mkdtempSync(path.join(os.tmpdir(), 'tool-data-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** Runs the integration's hook on a project folder, as Astro does when a build starts. */
function check(root: string, cacheDir: string): void {
  const hook = toolDataChecks().hooks['astro:config:setup'] as unknown as (o: unknown) => void;
  // The hook's logger only passes its error lines on (quietHookError wraps its error method).
  const logger = { error: (message: string) => console.error(message) };
  hook({ config: { root: pathToFileURL(`${root}/`), cacheDir: pathToFileURL(`${cacheDir}/`) }, logger });
}

describe("the tools' data check", () => {
  it('records data found valid, checks it again when it changes, and never records invalid data', () => {
    const root = path.join(temp, 'site');
    cpSync('content/data', path.join(root, 'content/data'), { recursive: true });
    cpSync('src/tools', path.join(root, 'src/tools'), { recursive: true });
    const cache = path.join(temp, 'cache');
    const record = path.join(cache, 'site-tool-data.json');

    check(root, cache);
    expect(JSON.parse(readFileSync(record, 'utf8')).valid).toBe(toolDataHash(root));

    const planner = path.join(root, 'content/data/opas/trial-planner.yaml');
    writeFileSync(planner, `${readFileSync(planner, 'utf8')}\nnotAKnownKey: 1\n`);
    expect(toolDataHash(root)).not.toBe(JSON.parse(readFileSync(record, 'utf8')).valid);
    expect(() => check(root, cache)).toThrow(/trial-planner\.yaml/);

    rmSync(record);
    expect(() => check(root, cache)).toThrow(/trial-planner\.yaml/);
    expect(existsSync(record)).toBe(false);
  });
});
