import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { remarkWorksheetIds } from '../../../src/worksheets/remark-worksheet-ids.ts';

const run = async (mdx: string) => {
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkWorksheetIds, { root: process.cwd() });
  const file = new VFile({ path: `${process.cwd()}/content/docs/opas/sivu.mdx`, value: mdx });
  await processor.run(processor.parse(file), file);
};

describe('MDX pages may only use worksheets that exist', () => {
  it('accepts an existing id', async () => {
    await expect(run('# Otsikko\n\n<Worksheet id="oma-tilanne-nyt" />\n')).resolves.toBeUndefined();
  });

  it('fails naming the MDX file, the line and the missing id', async () => {
    await expect(run('# Otsikko\n\nTeksti.\n\n<Worksheet id="nope" />\n')).rejects.toThrow(
      'content/docs/opas/sivu.mdx:5:1: <Worksheet id="nope" />: no worksheet "nope" (expected a file content/worksheets/nope.yaml)',
    );
  });

  it('fails when the id is missing or not a plain string', async () => {
    await expect(run('<Worksheet />\n')).rejects.toThrow(
      'content/docs/opas/sivu.mdx:1:1: <Worksheet> needs an id attribute',
    );
    await expect(run('<Worksheet id={x} />\n')).rejects.toThrow('must be a plain string');
  });

  it('ignores other components', async () => {
    await expect(run('<Other id="nope" />\n')).resolves.toBeUndefined();
  });
});
