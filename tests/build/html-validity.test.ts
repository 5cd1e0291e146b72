import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, distDir, distFiles } from '../support/dist.ts';

/**
 * The Nu HTML checker (the W3C validator, run locally from the `vnu-jar` package with Java) on
 * every built page: no errors. Java comes from Debian (`.ci/run` installs default-jre-headless).
 */
const run = promisify(execFile);
// The package's main export is the jar's path (a String object).
const vnuJar = String(createRequire(import.meta.url)('vnu-jar'));

interface NuMessage {
  type: string;
  subType?: string;
  url: string;
  message: string;
  lastLine?: number;
  extract?: string;
}

let pages: string[];
let errors: NuMessage[];

beforeAll(async () => {
  assertBuilt();
  pages = distFiles('.html').filter((p) => !p.startsWith('pagefind'));
  const java = process.env.JAVA ?? 'java';
  try {
    await run(java, ['-version']);
  } catch {
    throw new Error('The Nu HTML check needs Java: apt-get install -y default-jre-headless (or set JAVA)');
  }
  // --exit-zero-always: the report, not the exit code, says what failed; JSON goes to stderr.
  const { stderr } = await run(
    java,
    ['-Xss4m', '-jar', vnuJar, '--format', 'json', '--exit-zero-always', ...pages.map((p) => path.join(distDir, p))],
    { maxBuffer: 256 * 1024 * 1024 },
  );
  errors = (JSON.parse(stderr) as { messages: NuMessage[] }).messages.filter(
    (m) => m.type === 'error' || (m.type === 'non-document-error' && m.subType !== 'internal'),
  );
}, 600_000);

describe('valid HTML (Nu HTML checker) on every built page', () => {
  it('checks every page', () => {
    expect(pages.length).toBeGreaterThan(100);
  });

  it('finds no errors', () => {
    const found = errors.map(
      (m) => `${path.relative(distDir, m.url.replace(/^file:/, ''))}:${m.lastLine ?? ''} ${m.message}`,
    );
    expect(found.slice(0, 30), `${found.length} errors`).toEqual([]);
  });
});
