import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { toolDataProblems } from '../../src/tools/check-data.ts';
import { loadDialogue } from '../../src/tools/dialogue/load.ts';
import { loadLanguageData } from '../../src/tools/language/load.ts';
import { loadModel } from '../../src/tools/studification/model.ts';
import { loadPlannerData } from '../../src/tools/trial-planner/load.ts';

/**
 * Bad data of this site's tools gets a clear error: each fixture in
 * tests/fixtures/broken/tool-data/ breaks one thing in a copy of content/data/, which must be
 * rejected once with file, line, place and reason. (The engine's own broken fixtures, worksheets,
 * site configs and pages, are the package's: packages/starlight-guidebook/__tests__/broken-*.)
 */
const projectRoot = path.resolve(import.meta.dirname, '../..');
const broken = path.join(projectRoot, 'tests/fixtures/broken');

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
