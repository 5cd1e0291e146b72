import { describe, expect, it } from 'vitest';
import { definedNames, mdxComponents } from '../../../markdown/mdx-components.ts';
import { pdfLinks } from '../../../markdown/pdf-links.ts';
import { worksheetIds } from '../../../markdown/worksheet-ids.ts';
import { compilePage } from './compile.ts';

const page = 'content/docs/opas/sivu.mdx';

describe('MDX pages may only use worksheets that exist', () => {
  const run = (mdx: string) => compilePage(mdx, { mdast: [worksheetIds()] });

  it('accepts an existing id', async () => {
    await expect(run('# Otsikko\n\n<Worksheet id="first-shift-checkin" />\n')).resolves.toContain(
      'first-shift-checkin',
    );
  });

  it('fails naming the MDX file, the line and the missing id', async () => {
    await expect(run('# Otsikko\n\nTeksti.\n\n<Worksheet id="nope" />\n')).rejects.toThrow(
      `${page}:5:1: <Worksheet id="nope" />: no worksheet "nope" (expected a file content/worksheets/nope.yaml)`,
    );
  });

  it('fails when the id is missing or not a plain string', async () => {
    await expect(run('<Worksheet />\n')).rejects.toThrow(`${page}:1:1: <Worksheet> needs an id attribute`);
    await expect(run('<Worksheet id={x} />\n')).rejects.toThrow('must be a plain string');
  });

  it('checks inline elements too, and ignores other components', async () => {
    await expect(run('Teksti <Worksheet id="nope" /> tässä.\n')).rejects.toThrow(`${page}:1:8:`);
    await expect(run('<Other id="nope" />\n')).resolves.toBeTypeOf('string');
  });
});

describe('components used in MDX must be imported', () => {
  const run = (mdx: string) => compilePage(mdx, { mdast: [mdxComponents()] });

  it('reads imported and exported names', () => {
    expect([...definedNames("import A from './a';\nimport { B, C as D } from 'b';\nimport * as E from 'e';")]).toEqual([
      'A',
      'B',
      'D',
      'E',
    ]);
    expect([...definedNames('export const F = 1;\nexport function G() {}')]).toEqual(['F', 'G']);
  });

  it('accepts imported components, their members, and an export that comes after its use', async () => {
    await expect(
      run(
        "import Tabs from './t';\n\n<Tabs><Tabs.Item>x</Tabs.Item></Tabs>\n\n<Local />\n\nexport const Local = () => null;\n",
      ),
    ).resolves.toBeTypeOf('string');
  });

  it('fails at the first component that is not imported, with file and line', async () => {
    await expect(run("import A from './a';\n\n<A />\n\nTeksti <Card /> ja <Aside />.\n")).rejects.toThrow(
      `${page}:5:8: <Card> is used but not imported; add an import at the top of the page, e.g. import Card from 'starlight-guidebook/components/Card.astro'; for a component of your own, its path`,
    );
  });

  it('leaves HTML elements alone', async () => {
    await expect(run('<div><span>x</span></div>\n')).resolves.toBeTypeOf('string');
  });
});

describe('PDF links must name a worksheet or a material that exists', () => {
  const run = (mdx: string) => compilePage(mdx, { mdast: [pdfLinks({ materials: ['opas'] })] });

  it('accepts an existing worksheet and a configured material', async () => {
    await expect(
      run(
        '<PdfLink worksheet="first-shift-checkin" />\n\n<PdfLink material="opas" />\n\n<PdfLink page="opas/checklist" />\n',
      ),
    ).resolves.toBeTypeOf('string');
  });

  it('fails with file, line and what is wrong', async () => {
    await expect(run('<PdfLink worksheet="nope" />\n')).rejects.toThrow(
      `${page}:1:1: <PdfLink worksheet="nope" />: no worksheet`,
    );
    await expect(run('\n<PdfLink material="kirja" />\n')).rejects.toThrow(
      `${page}:2:1: <PdfLink material="kirja" />: "kirja" is not a material in site.config.ts (one of: opas)`,
    );
    await expect(run('<PdfLink />\n')).rejects.toThrow('needs exactly one of worksheet="id", material="slug"');
    await expect(run('<PdfLink page="opas/ei-ole" />\n')).rejects.toThrow(
      `${page}:1:1: <PdfLink page="opas/ei-ole" />: no page "opas/ei-ole"`,
    );
  });
});
