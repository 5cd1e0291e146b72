import { describe, expect, it } from 'vitest';
import { esmNames, freeNames, mdxExpressions } from '../../../markdown/mdx-expressions.ts';
import { compilePage } from './compile.ts';

const page = 'content/docs/opas/sivu.mdx';
const run = (mdx: string) => compilePage(mdx, { mdast: [mdxExpressions()] });

describe('names read by MDX expressions must be defined on the page', () => {
  it('a bare name: the braces were meant as text', async () => {
    await expect(run('# Otsikko\n\nOhjaaja: {ohjaajanNimi}\n')).rejects.toThrow(
      `${page}:3:10: {ohjaajanNimi} is not defined on this page`,
    );
  });

  it('a call of an undefined name, at the name itself', async () => {
    await expect(run('# Otsikko\n\nOhjaaja: {ohjaajanNimi()}\n')).rejects.toThrow(
      `${page}:3:11: ohjaajanNimi is not defined on this page (in {ohjaajanNimi()})`,
    );
  });

  it('a name on a later line of an expression', async () => {
    await expect(run('# Otsikko\n\n{[1, 2].map((n) =>\n  n * kerroin)}\n')).rejects.toThrow(
      `${page}:4:7: kerroin is not defined on this page`,
    );
  });

  it('a name in an attribute, at its element', async () => {
    await expect(run('# Otsikko\n\n<div title={otsikot.eka}>x</div>\n')).rejects.toThrow(
      `${page}:3:1: {otsikot} is not defined on this page`,
    );
    await expect(run('# Otsikko\n\n<div title={String(otsikko)}>x</div>\n')).rejects.toThrow(
      `${page}:3:1: otsikko is not defined on this page (in {String(otsikko)})`,
    );
  });

  it('accepts what the page defines, binds itself or JavaScript has', async () => {
    const ok = [
      "export const { kerroin, nimet: [eka] } = { kerroin: 2, nimet: ['a'] };\n\n{kerroin * 2} {eka}\n",
      "import * as kaikki from './x.js';\n\n{kaikki.a}\n",
      'export function tuplaa(n) { return n * 2 }\n\n{tuplaa(2)}\n',
      '{[1, 2].map((n, i) => n + i).join(", ")}\n',
      '{[{ a: 1 }].map(({ a: b, ...rest }) => b + Object.keys(rest).length)}\n',
      '{Math.max(1, 2)} {new Date(0).getFullYear()} {JSON.stringify({ avain: 1 })}\n',
      '{typeof puuttuu === "undefined" ? "ei" : "on"}\n',
      '{frontmatter.title} {props.x}\n',
      '{/* kommentti */}\n',
    ];
    for (const mdx of ok) await expect(run(mdx), mdx).resolves.toBeTypeOf('string');
  });
});

describe('free names', () => {
  it('are the names read and not bound, with their offsets', () => {
    expect(freeNames('a.b(c, (d) => d + e)')).toEqual([
      { name: 'a', offset: 0 },
      { name: 'c', offset: 4 },
      { name: 'e', offset: 18 },
    ]);
    expect(freeNames('{ a: 1, [b]: 2, c }')).toEqual([
      { name: 'b', offset: 9 },
      { name: 'c', offset: 16 },
    ]);
    expect(freeNames('{ a: arvo }')).toEqual([{ name: 'arvo', offset: 5 }]);
    expect(freeNames('1 +')).toEqual([]);
  });

  it('of the top of a page: imports and exports however written', () => {
    expect(
      [...esmNames("import A, { B as C } from 'x';\nexport const [d, { e }] = f;\nexport class G {}")].sort(),
    ).toEqual(['A', 'C', 'G', 'd', 'e'].sort());
  });
});
