import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defineSiteConfig } from '../../config/site-config.ts';
import basicsConfig from '../basics/site/site.config.ts';

/**
 * Bad content gets a clear error: each fixture in fixtures/ is a change to the basics fixture
 * site's site.config.ts (`patch`; `null` deletes a key) that must be rejected with a message naming
 * the file, the place in it (`expectPlace`) and the reason (`expectReason`).
 */
const dir = path.join(import.meta.dirname, 'fixtures');

type Patch = Record<string, unknown>;
function merge(base: unknown, patch: unknown): unknown {
  if (patch === null) return undefined;
  if (typeof patch !== 'object' || Array.isArray(patch) || typeof base !== 'object' || base === null) return patch;
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [key, value] of Object.entries(patch as Patch)) {
    const merged = merge(out[key], value);
    if (merged === undefined) delete out[key];
    else out[key] = merged;
  }
  return out;
}

describe('broken site configs', () => {
  const names = readdirSync(dir).filter((n) => n.endsWith('.json'));

  it.each(names)('%s is rejected with file, place and reason', (name) => {
    const fixture = JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as {
      patch: Patch;
      expectPlace: string;
      expectReason: string;
    };
    const input = merge(basicsConfig, fixture.patch) as Parameters<typeof defineSiteConfig>[0];
    let message = '';
    try {
      defineSiteConfig(input);
    } catch (error) {
      message = error instanceof Error ? error.message : String(error);
    }
    expect(message, `${name} should not be accepted`).not.toBe('');
    const line = message.split('\n').find((l) => l.includes(fixture.expectPlace) && l.includes(fixture.expectReason));
    expect(line, `no line names "${fixture.expectPlace}" and "${fixture.expectReason}":\n${message}`).toBeDefined();
    expect(line?.trim().startsWith('site.config.ts: ')).toBe(true);
  });
});
