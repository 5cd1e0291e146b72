import { describe, expect, it } from 'vitest';
import { linkProblemLines } from '../../../config/links-report.ts';

describe("the links validator's findings", () => {
  it('read like content errors: file from the project root, line and column, the link as written, a plain reason', () => {
    const lines = linkProblemLines(
      [
        {
          docsPath: 'guide/roles.mdx',
          link: '/handbook/guide/missing/',
          position: { line: 5, column: 17 },
          message: 'invalid link',
        },
        {
          docsPath: 'en/guide/a.mdx',
          link: '/handbook/en/guide/#nope',
          position: { line: 9, column: 1 },
          message: 'invalid hash',
        },
        { docsPath: 'guide/b.mdx', link: 'https://example.org/x', position: null, message: 'something new' },
      ],
      'content/docs',
      '/handbook/',
    );
    expect(lines).toEqual([
      'content/docs/guide/roles.mdx:5:17: /guide/missing/: no page has this address',
      'content/docs/en/guide/a.mdx:9:1: /en/guide/#nope: the page has no heading with this anchor (#…)',
      'content/docs/guide/b.mdx: https://example.org/x: something new',
    ]);
  });

  it('keep a link outside the base as it is', () => {
    expect(
      linkProblemLines(
        [{ docsPath: 'a.mdx', link: '/other/x/', position: { line: 1, column: 1 }, message: 'invalid link' }],
        'content/docs',
        '/handbook/',
      ),
    ).toEqual(['content/docs/a.mdx:1:1: /other/x/: no page has this address']);
  });
});
