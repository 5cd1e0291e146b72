import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  authorLogHandler,
  mdxCompileError,
  missingExport,
  plainMdxMessage,
  projectPath,
  unresolvedImport,
} from '../../../markdown/build-errors.ts';
import { AuthorError } from '../../../schemas/data-file.ts';
import { compilePage } from './compile.ts';

const root = '/site';
const page = '/site/content/docs/opas/sivu.mdx';

/** What the MDX parser (the installed satteri) says about a page, rewritten for the author. */
async function reported(mdx: string): Promise<string> {
  try {
    await compilePage(mdx, {});
  } catch (error) {
    const rewritten = mdxCompileError(root, page, error);
    expect(rewritten, String(error)).toBeInstanceOf(AuthorError);
    return (rewritten as Error).message;
  }
  throw new Error('the page compiled');
}

/** No Markdown markup, no parser rule names, no stack. */
function expectPlain(message: string): void {
  expect(message).not.toMatch(/`|\(mdx[\w-]*:[\w-]+\)|\boxc\b/);
  expect(message.split('\n')).toHaveLength(1);
}

describe("MDX syntax errors read like the engine's other content errors", () => {
  it('an unclosed tag: the file, its line and column, what to write', async () => {
    const message = await reported('---\ntitle: T\n---\n\nTeksti.\n\n<div>\nEi suljettu.\n');
    expect(message).toBe(
      'content/docs/opas/sivu.mdx:7:1: <div> is never closed: close it with </div>, or write <div /> if it has no content (MDX needs every tag closed)',
    );
    expectPlain(message);
  });

  it('an unclosed inline tag', async () => {
    expect(await reported('Some <b>bold text.\n\nNext.\n')).toMatch(
      /^content\/docs\/opas\/sivu\.mdx:1:6: <b> is never closed/,
    );
  });

  it('a closing tag that does not match names the open one and its line', async () => {
    const message = await reported('<Card>\n\nteksti\n\n</Tabs>\n');
    expect(message).toBe(
      'content/docs/opas/sivu.mdx:5:1: </Tabs> does not match the open tag <Card> (line 1): close <Card> first, with </Card>',
    );
  });

  it('a closing tag with nothing open', async () => {
    expect(await reported('teksti </div> lisää\n')).toBe(
      'content/docs/opas/sivu.mdx:1:8: </div> closes a tag that is not open: remove it, or add <div> before it',
    );
  });

  it('an HTML comment', async () => {
    const message = await reported('Hei <!-- kommentti --> siellä\n');
    expect(message).toBe(
      'content/docs/opas/sivu.mdx:1:5: MDX has no HTML comments (<!-- … -->): write a comment as {/* … */}',
    );
  });

  it('a "<" that starts no tag', async () => {
    const message = await reported('Jos a <3 niin b\n');
    expect(message).toMatch(/^content\/docs\/opas\/sivu\.mdx:1:7: MDX reads "<" as the start of a tag.*write \\</);
    expectPlain(message);
  });

  it('JavaScript in curly braces that does not parse', async () => {
    const message = await reported('---\ntitle: T\n---\n\nTeksti {1 +} tässä\n');
    expect(message).toBe(
      'content/docs/opas/sivu.mdx:5:12: the JavaScript in curly braces is not valid (unexpected token): MDX reads text in curly braces as JavaScript; to show a brace as text, write \\{',
    );
  });

  it('text in braces that is not JavaScript (JSON-like)', async () => {
    const message = await reported('Tieto: {"a": 1}\n');
    expect(message).toMatch(
      /^content\/docs\/opas\/sivu\.mdx:1:\d+: the JavaScript in curly braces is not valid \(expected "," or "\)" but found ":"\)/,
    );
    expectPlain(message);
  });

  it('a brace never closed', async () => {
    expect(await reported('Teksti {auki\n\nlisää\n')).toMatch(
      /^content\/docs\/opas\/sivu\.mdx:1:8: a "\{" is never closed with "\}"/,
    );
  });

  it('an import line that is not JavaScript', async () => {
    const message = await reported("import { Card from '@astrojs/starlight/components';\n\n# Otsikko\n");
    expect(message).toBe(
      'content/docs/opas/sivu.mdx:1:15: the import or export at the top of the page is not valid JavaScript (expected "," or "}" but found "from")',
    );
  });

  it("keeps the engine's own content errors as they are, without a stack", () => {
    const original = Object.assign(new Error('content/docs/opas/sivu.mdx:5:1: <Tip> is used but not imported'), {
      loc: { file: page, line: 5, column: 1 },
    });
    const rewritten = mdxCompileError(root, page, original) as Error;
    expect(rewritten.message).toBe(original.message);
    expect(rewritten.stack).toBe('');
    expect('loc' in rewritten).toBe(false);
  });

  it('leaves an error that is not about the page (an engine bug) with its stack', () => {
    const bug = new TypeError("Cannot read properties of undefined (reading 'name')");
    expect(mdxCompileError(root, page, bug)).toBe(bug);
    expect(plainMdxMessage(bug.message)).toBeUndefined();
  });
});

describe('imports of an MDX page that lead nowhere', () => {
  const text =
    "---\ntitle: T\n---\nimport Tip from '../../components/Tip.astro';\n\n![Kasvimaa](../../../assets/maa.png)\n";

  it('an import line: the line of the import and the file looked for', () => {
    expect(unresolvedImport(root, page, '../../components/Tip.astro', text).message).toBe(
      'content/docs/opas/sivu.mdx:4:18: "../../components/Tip.astro" cannot be imported: there is no such file (no file content/components/Tip.astro); the path is relative to this page',
    );
  });

  it("an image: the image's own line, not the generated code's", () => {
    expect(unresolvedImport(root, page, '../../../assets/maa.png', text).message).toMatch(
      /^content\/docs\/opas\/sivu\.mdx:6:13: the image "\.\.\/\.\.\/\.\.\/assets\/maa\.png" does not exist \(no file assets\/maa\.png\)/,
    );
  });

  it('a package that is not installed', () => {
    const source = "import Chart from 'chart-package/Chart.astro';\n";
    expect(unresolvedImport(root, page, 'chart-package/Chart.astro', source).message).toBe(
      'content/docs/opas/sivu.mdx:1:20: "chart-package/Chart.astro" cannot be imported: no installed package or file has that name; check the spelling, or install the package',
    );
  });

  it("Rolldown's log of an unresolved import becomes the author's error; other logs pass", () => {
    const site = mkdtempSync(path.join(tmpdir(), 'mdx-errors-'));
    const file = path.join(site, 'content/docs/x.mdx');
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, "---\ntitle: T\n---\nimport X from 'nope/X.astro';\n");
    const handler = vi.fn();
    const log = authorLogHandler(site);
    log('warn', { code: 'CIRCULAR_DEPENDENCY' }, handler);
    expect(handler).toHaveBeenCalledOnce();
    expect(() => log('warn', { code: 'UNRESOLVED_IMPORT', id: file, exporter: 'nope/X.astro' }, handler)).toThrow(
      'content/docs/x.mdx:4:16: "nope/X.astro" cannot be imported',
    );
    rmSync(site, { recursive: true, force: true });
  });
});

describe('a name the imported module does not export', () => {
  it('names the import as written, the line of the name and the nearest export', () => {
    const text = "---\ntitle: T\n---\nimport { Aside, Linkcard } from '@astrojs/starlight/components';\n";
    const error = missingExport(
      root,
      page,
      'Linkcard',
      '/site/node_modules/@astrojs/starlight/dist/components.ts',
      text,
      ['Aside', 'Card', 'LinkCard'],
    );
    expect(error.message).toBe(
      'content/docs/opas/sivu.mdx:4:17: "@astrojs/starlight/components" has no export named Linkcard (did you mean LinkCard?); check the name, and the path it is imported from',
    );
  });
});

describe('a default import of a module without one', () => {
  it('says to import the name in braces', () => {
    const text = "---\ntitle: T\n---\nimport Card from '@astrojs/starlight/components';\n";
    const error = missingExport(
      root,
      page,
      'default',
      '/site/node_modules/@astrojs/starlight/dist/components.ts',
      text,
      ['Aside', 'Card'],
    );
    expect(error.message).toBe(
      'content/docs/opas/sivu.mdx:4:8: "@astrojs/starlight/components" has no default export; import the name in braces: import { Card } from \'@astrojs/starlight/components\'',
    );
  });
});

describe('paths', () => {
  it('are relative to the project, without a query', () => {
    expect(projectPath('/site', '/site/content/docs/a.mdx?astroPropagatedAssets')).toBe('content/docs/a.mdx');
    expect(projectPath('/site', '/elsewhere/a.mdx')).toBe('/elsewhere/a.mdx');
  });
});

describe('stack traces of author errors', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('are left out, unless GUIDEBOOK_DEBUG asks for them', () => {
    vi.stubEnv('GUIDEBOOK_DEBUG', '');
    vi.stubEnv('DEBUG', '');
    expect(new AuthorError('content/docs/a.mdx:1:1: x').stack).toBe('');
    vi.stubEnv('GUIDEBOOK_DEBUG', '1');
    const cause = new Error('inner');
    const shown = new AuthorError('content/docs/a.mdx:1:1: x', cause).stack ?? '';
    expect(shown.split('\n')[0]).toBe('content/docs/a.mdx:1:1: x');
    expect(shown).toMatch(/\n\s+at /);
    vi.stubEnv('GUIDEBOOK_DEBUG', '');
    vi.stubEnv('DEBUG', 'vite:*,guidebook');
    expect(new AuthorError('x').stack).not.toBe('');
  });
});
