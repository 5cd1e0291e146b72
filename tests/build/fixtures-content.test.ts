import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import exampleConfig from '../../examples/minimal/site.config.ts';
import { defineSiteConfig } from '../../packages/starlight-guidebook/config/site-config.ts';
import { toolDataProblems } from '../../src/tools/check-data.ts';
import { loadDialogue } from '../../src/tools/dialogue/load.ts';
import { loadLanguageData } from '../../src/tools/language/load.ts';
import { loadModel } from '../../src/tools/studification/model.ts';
import { loadPlannerData } from '../../src/tools/trial-planner/load.ts';
import { projectRoot } from './fixtures-site.ts';

/**
 * Bad content gets a clear error (fast part of the fixture corpus): every broken site config
 * must be rejected with a message that names the file, the place in it and the reason. The
 * broken worksheets are the package's (packages/starlight-guidebook/__tests__/broken-worksheets/),
 * the page-level fixtures (MDX, links, images …) are in fixtures-pages.
 */
const broken = path.join(projectRoot, 'tests/fixtures/broken');

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
  const dir = path.join(broken, 'site-config');
  const names = readdirSync(dir).filter((n) => n.endsWith('.json'));

  it.each(names)('%s is rejected with file, place and reason', (name) => {
    const fixture = JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as {
      patch: Patch;
      expectPlace: string;
      expectReason: string;
    };
    const input = merge(exampleConfig, fixture.patch) as Parameters<typeof defineSiteConfig>[0];
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

interface ToolFixture {
  name: string;
  tool: 'trial-planner' | 'model' | 'language' | 'dialogue';
  file: string;
  replace?: [string, string];
  remove?: boolean;
  expect: string;
}

/** The site's tools read their data with the engine's loader: one broken copy of the real data each. */
describe('broken tool data', () => {
  const fixtures = JSON.parse(readFileSync(path.join(broken, 'tool-data/fixtures.json'), 'utf8')) as ToolFixture[];
  const load: Record<ToolFixture['tool'], (root: string) => unknown> = {
    'trial-planner': (root) => loadPlannerData('opas', root),
    model: (root) => loadModel('opinnollistaminen', root),
    language: (root) => loadLanguageData('vieraskieliset', root),
    dialogue: (root) => loadDialogue('vieraskieliset', 'asiakas-tiskilla', root),
  };

  it.each(fixtures.map((f) => [f.name, f] as const))(
    '%s fails once with file, line, place and reason',
    (_name, fixture) => {
      const root = mkdtempSync(path.join(tmpdir(), 'tool-data-'));
      try {
        cpSync(path.join(projectRoot, 'content/data'), path.join(root, 'content/data'), { recursive: true });
        const file = path.join(root, fixture.file);
        if (fixture.remove) rmSync(file);
        if (fixture.replace) {
          const source = readFileSync(file, 'utf8');
          expect(source, 'the fixture no longer matches the data').toContain(fixture.replace[0]);
          writeFileSync(file, source.replace(fixture.replace[0], fixture.replace[1]));
        }
        let message = '';
        try {
          load[fixture.tool](root);
        } catch (error) {
          message = error instanceof Error ? error.message : String(error);
        }
        expect(message, `${fixture.name} should not be accepted`).not.toBe('');
        expect(message).toContain(fixture.expect);
        expect(message.split(fixture.expect).length - 1, message).toBe(1);
        // The build's own check (astro.config.mjs) finds it too, once, before anything is built.
        if (!fixture.remove) expect(toolDataProblems(root).filter((p) => p.includes(fixture.expect))).toHaveLength(1);
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    },
  );
});

describe("the tools' data of this site", () => {
  it('is valid, so the build check passes', () => {
    expect(toolDataProblems(projectRoot)).toEqual([]);
  });
});
