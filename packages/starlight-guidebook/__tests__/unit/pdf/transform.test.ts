import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Blockquote, List, Paragraph, Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { comparePages } from '../../../pdf/mdx/pages.ts';
import { parseMdx } from '../../../pdf/mdx/parse.ts';
import { parseImports } from '../../../pdf/mdx/print-forms.ts';
import { applyPrintForms } from '../../../pdf/mdx/transform.ts';
import { guideTranslator } from '../../../translations/site.ts';
import { fixtures } from './support.ts';

async function transform(name: string): Promise<Root> {
  const relPath = path.relative(process.cwd(), path.join(fixtures, name));
  const { tree, file } = parseMdx(readFileSync(path.join(fixtures, name), 'utf8'), relPath);
  return applyPrintForms(tree, file, {
    locale: 'fi',
    material: 'opas',
    pageUrl: 'https://example.org/opas/x/',
    file: relPath,
    t: guideTranslator('/nonexistent', 'fi', 'fi'),
  });
}

describe('MDX to print', () => {
  it('reads default and named imports', () => {
    expect(
      parseImports("import A from './components/A.astro';\nimport { B, C as D } from '@astrojs/starlight/components';"),
    ).toEqual([
      { local: 'A', imported: 'default', source: './components/A.astro' },
      { local: 'B', imported: 'B', source: '@astrojs/starlight/components' },
      { local: 'D', imported: 'C', source: '@astrojs/starlight/components' },
    ]);
  });

  it('replaces components with their print forms', async () => {
    const tree = await transform('sivu.mdx');
    const types = tree.children.map((n) => n.type);
    expect(types).not.toContain('mdxjsEsm');
    expect(types).not.toContain('mdxJsxFlowElement');
    // Steps -> an ordered list
    const list = tree.children.find((n) => n.type === 'list') as List;
    expect(list.ordered).toBe(true);
    // Aside and :::note -> boxed notes with titles
    const notes = tree.children.filter((n) => n.type === 'blockquote' && n.data) as Blockquote[];
    expect(notes.map((n) => (n.data as { title: string }).title)).toEqual(['Hyvä tietää', 'Huomaa']);
    // <small> stays a small paragraph
    const last = tree.children.at(-1) as Paragraph;
    expect(JSON.stringify(last)).toContain('"small":true');
    // Badge inside a heading becomes text
    expect(JSON.stringify(tree)).toContain('[uusi]');
  });

  it('fails naming the file, the line and the component without a print form', async () => {
    await expect(transform('broken.mdx')).rejects.toThrow(/Mystery/);
    try {
      await transform('broken.mdx');
    } catch (error) {
      const e = error as { file: string; line: number; reason: string };
      expect(e.file).toContain('broken.mdx');
      expect(e.line).toBe(9);
      expect(e.reason).toContain('Mystery.print.ts');
    }
  });

  it('orders pages like the sidebar: order first, then slug (as Starlight breaks ties), not title', () => {
    const pages = [
      { order: undefined, slug: 'garden/a-soil', title: 'Zinc in the soil' },
      { order: 2, slug: 'garden/b', title: 'B' },
      { order: undefined, slug: 'garden/b-water', title: 'After the rain' },
      { order: 0, slug: 'garden', title: 'Introduction' },
    ];
    expect(pages.sort(comparePages).map((p) => p.slug)).toEqual([
      'garden',
      'garden/b',
      'garden/a-soil',
      'garden/b-water',
    ]);
  });
});
