import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BuildResult, buildSite, copySite, removeCopies } from '../support/fixture-site.ts';

/**
 * Bad content gets a clear error (page-level part of the fixture corpus). Each folder under
 * fixtures/ breaks one thing in a copy of the basics fixture site (../basics/site); its expect.json
 * lists the pieces of the error message (file, place, reason) that must appear, in order and
 * close together. Fixtures of one `batch` are built together, as their errors are all
 * reported by one build (broken links, config checks); a fixture whose error a batch-mate hid
 * is built again alone. Other builds stop at their first error, so those fixtures have no batch.
 * Builds run two at a time.
 */
interface Fixture {
  name: string;
  why: string;
  batch?: string;
  config?: string;
  expect: string[];
}

const dir = path.join(import.meta.dirname, 'fixtures');
const fixtures: Fixture[] = readdirSync(dir)
  .sort()
  .map((name) => ({ name, ...JSON.parse(readFileSync(path.join(dir, name, 'expect.json'), 'utf8')) }));

/** How often the message pieces appear in order, each within a short distance of the previous one. */
function countInOrder(output: string, pieces: string[]): number {
  const [first = '', ...rest] = pieces;
  // Counted by where the last piece is: several starts may lead to the same message.
  const ends = new Set<number>();
  for (let start = output.indexOf(first); start >= 0; start = output.indexOf(first, start + 1)) {
    let from = start;
    const ok = rest.every((piece) => {
      const at = output.indexOf(piece, from);
      if (at < 0 || at - from > 600) return false;
      from = at;
      return true;
    });
    if (ok) ends.add(from);
  }
  return ends.size;
}

function findInOrder(output: string, pieces: string[]): boolean {
  return countInOrder(output, pieces) > 0;
}

const outputs = new Map<string, { code: number | null; output: string }>();

async function build(group: Fixture[]): Promise<void> {
  const root = copySite({
    overlays: group.map((f) => path.join(dir, f.name)),
    configEntries: group.flatMap((f) => (f.config ? [f.config] : [])),
  });
  const result = await buildSite(root, path.join(root, '.work'));
  for (const f of group) outputs.set(f.name, result);
}

async function pool(jobs: (() => Promise<void>)[], size = 2): Promise<void> {
  const queue = [...jobs];
  const worker = async () => {
    for (let job = queue.shift(); job; job = queue.shift()) await job();
  };
  await Promise.all(Array.from({ length: size }, worker));
}

/** Control: the same copy, unbroken, must build. */
let control: BuildResult | undefined;
/** The control copy with a link broken afterwards, built again with the control's warm caches. */
let rebuilt: BuildResult | undefined;
async function buildControl(): Promise<void> {
  const root = copySite();
  control = await buildSite(root, path.join(root, '.work'));
  const page = path.join(root, 'content/docs/kasvimaa/index.mdx');
  writeFileSync(page, `${readFileSync(page, 'utf8')}\n[Ei ole](/kasvimaa/ei-ole-vielakaan/)\n`);
  rebuilt = await buildSite(root, path.join(root, '.work'));
}

beforeAll(async () => {
  const batches = new Map<string, Fixture[]>();
  for (const f of fixtures) {
    const key = f.batch ?? f.name;
    batches.set(key, [...(batches.get(key) ?? []), f]);
  }
  await pool([buildControl, ...[...batches.values()].map((group) => () => build(group))]);
  // A build stops at its first error of some kinds: build the hidden ones again, alone.
  const hidden = fixtures.filter((f) => !findInOrder(outputs.get(f.name)?.output ?? '', f.expect));
  await pool(hidden.map((f) => () => build([f])));
}, 1_800_000);

afterAll(() => removeCopies());

describe('the fixture site', () => {
  it('builds when nothing is broken', () => {
    expect(control?.code, control?.output.slice(-3000)).toBe(0);
    expect(existsSync(path.join(control?.outDir ?? '', 'kasvimaa/index.html'))).toBe(true);
    expect(existsSync(path.join(control?.outDir ?? '', 'en/kasvimaa/index.html'))).toBe(true);
  });

  it('says nothing an author would have to act on: no warning in a clean build', () => {
    const warnings = (control?.output ?? '').split('\n').filter((line) => /\[WARN\]|\bwarning\b/i.test(line));
    expect(warnings).toEqual([]);
  });

  it('checks the links again when rebuilt with warm caches', () => {
    expect(rebuilt?.code, rebuilt?.output.slice(-3000)).not.toBe(0);
    expect(
      findInOrder(rebuilt?.output ?? '', [
        'Links lead nowhere:',
        'content/docs/kasvimaa/index.mdx:',
        ': /kasvimaa/ei-ole-vielakaan/: no page has this address',
      ]),
    ).toBe(true);
  });
});

describe('broken pages fail the build with file, place and reason', () => {
  it('covers the page-level mistakes', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(30);
  });

  it.each(fixtures.map((f) => [f.name, f] as const))('%s', (_name, fixture) => {
    const result = outputs.get(fixture.name);
    expect(result?.code, `${fixture.name} (${fixture.why}) should fail the build`).not.toBe(0);
    const output = result?.output ?? '';
    expect(
      findInOrder(output, fixture.expect),
      `${fixture.why}\nexpected, in order: ${JSON.stringify(fixture.expect)}\noutput:\n${output.slice(-3000)}`,
    ).toBe(true);
    // Printed once: the message does not repeat.
    expect(countInOrder(output, fixture.expect), `printed more than once:\n${output.slice(-3000)}`).toBe(1);
    // An author's mistake, not the engine's: no Astro location line, no stack trace, no "unhandled
    // error" line, no absolute path of the site's copy (files are named relative to the project).
    const noise = output
      .split('\n')
      .filter((line) => !/\[build\] directory: /.test(line))
      .filter((line) =>
        /^\s*(?:Location:|Stack trace:|Caused by:)|^\s+at .+:\d+:\d+\)?$|\.cache\/fixtures\/|An unhandled error occurred/.test(
          line,
        ),
      );
    expect(noise, `engine noise in the output:\n${output.slice(-3000)}`).toEqual([]);
  });
});
