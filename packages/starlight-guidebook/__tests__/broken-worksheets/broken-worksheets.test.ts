import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseWorksheet } from '../../worksheets/load.ts';

/**
 * Bad content gets a clear error: every broken worksheet definition in fixtures/ (one mistake an
 * author could make per file) is rejected with a message that names the file, the place in it and
 * the reason. `# expect-place:` and `# expect-reason:` at the top of each say what it must contain.
 */
const dir = path.join(import.meta.dirname, 'fixtures');

/** `# expect-place: …` / `# expect-reason: …` comments at the top of a fixture. */
function expectations(source: string): { place: string; reason: string } {
  const place = /^# expect-place: (.+)$/m.exec(source)?.[1];
  const reason = /^# expect-reason: (.+)$/m.exec(source)?.[1];
  if (!place || !reason) throw new Error('fixture without # expect-place / # expect-reason');
  return { place, reason };
}

describe('broken worksheet definitions', () => {
  const names = readdirSync(dir).filter((n) => n.endsWith('.yaml'));

  it('has a fixture for each kind of mistake', () => {
    expect(names.length).toBeGreaterThanOrEqual(25);
  });

  it.each(names)('%s is rejected with file, place and reason', (name) => {
    const source = readFileSync(path.join(dir, name), 'utf8');
    const { place, reason } = expectations(source);
    const file = `content/worksheets/${name}`;
    // Held against a Finnish-rooted guidebook's locales (the basics fixture site's), as its build does.
    const result = parseWorksheet(file, source, ['fi', 'en']);
    expect(result.ok, `${name} should not be accepted`).toBe(false);
    if (result.ok) return;
    const line = result.problems.find((p) => p.includes(place) && p.includes(reason));
    expect(line, `no problem names "${place}" and "${reason}":\n${result.problems.join('\n')}`).toBeDefined();
    expect(line?.startsWith(file)).toBe(true);
  });

  it('gives a line and column wherever the file has one', () => {
    const withLine = names.filter((name) => {
      const file = `content/worksheets/${name}`;
      const result = parseWorksheet(file, readFileSync(path.join(dir, name), 'utf8'), ['fi', 'en']);
      return !result.ok && result.problems.every((p) => /^[^:]+:\d+:\d+: /.test(p));
    });
    // Only the empty file and the id that differs from the file name have no line to point at.
    expect(names.filter((n) => !withLine.includes(n)).sort()).toEqual(['empty-file.yaml', 'id-not-file-name.yaml']);
  });
});
