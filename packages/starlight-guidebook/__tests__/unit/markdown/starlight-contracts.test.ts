import { describe, expect, it } from 'vitest';
import { starlightContracts, starlightImports } from '../../../markdown/starlight-contracts.ts';
import { compilePage } from './compile.ts';

const page = 'content/docs/opas/sivu.mdx';
const run = (mdx: string) => compilePage(mdx, { mdast: [starlightContracts()] });
const steps = "import { Steps } from '@astrojs/starlight/components';\n\n";

describe("Starlight's list components hold the list they need", () => {
  it("reads which local names are Starlight's components", () => {
    const names = starlightImports("import { Steps as S, FileTree, Tabs } from '@astrojs/starlight/components';");
    expect([...names]).toEqual([
      ['S', 'Steps'],
      ['FileTree', 'FileTree'],
      ['Tabs', 'Tabs'],
    ]);
    expect(starlightImports("import { Steps } from './my-steps.ts';").size).toBe(0);
    // Another import of the page from Starlight does not make a local component Starlight's.
    const mixed = "import { Aside } from '@astrojs/starlight/components';\nimport { Steps } from './my-steps.ts';";
    expect([...starlightImports(mixed).keys()]).toEqual(['Aside']);
  });

  it('accepts <Steps> around one numbered list, and <FileTree> around one bulleted list', async () => {
    await expect(run(`${steps}<Steps>\n\n1. Yksi\n2. Kaksi\n\n</Steps>\n`)).resolves.toBeTypeOf('string');
    const tree =
      "import { FileTree } from '@astrojs/starlight/components';\n\n<FileTree>\n\n- src/\n- README.md\n\n</FileTree>\n";
    await expect(run(tree)).resolves.toBeTypeOf('string');
  });

  it('fails at the element, with file, line and what it holds instead', async () => {
    await expect(run(`${steps}Teksti.\n\n<Steps>\nTämä ei ole lista.\n</Steps>\n`)).rejects.toThrow(
      `${page}:5:1: <Steps> must hold one numbered list and nothing else (1. …, 2. …); it holds a paragraph`,
    );
    await expect(run(`${steps}<Steps>\n\n- a\n- b\n\n</Steps>\n`)).rejects.toThrow('it holds a bulleted list');
    await expect(run(`${steps}<Steps>\n\n## Otsikko\n\n1. a\n\n</Steps>\n`)).rejects.toThrow(
      'it holds a heading, a numbered list',
    );
  });

  it("checks an aliased import, and leaves a component of the page's own with the same name alone", async () => {
    const aliased =
      "import { Steps as Vaiheet } from '@astrojs/starlight/components';\n\n<Vaiheet>\nEi listaa.\n</Vaiheet>\n";
    await expect(run(aliased)).rejects.toThrow("<Vaiheet> (Starlight's Steps) must hold one numbered list");
    const own = "import Steps from './Steps.astro';\n\n<Steps>\nOma sisältö.\n</Steps>\n";
    await expect(run(own)).resolves.toBeTypeOf('string');
  });
});
