import path from 'node:path';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

interface EsmNode {
  type: 'mdxjsEsm';
  value: string;
}
interface JsxNode {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
}

/** Names an MDX file brings into scope: imports and top-level exports. */
export function definedNames(esm: string): Set<string> {
  const names = new Set<string>();
  for (const [, clause = ''] of esm.matchAll(/import\s+([^'"]+?)\s+from\s+['"]/g)) {
    for (const part of clause.replace(/[{}]/g, ',').split(',')) {
      const name = part
        .trim()
        .split(/\s+as\s+/)
        .pop()
        ?.replace(/^\*\s*as\s+/, '')
        .trim();
      if (name) names.add(name);
    }
  }
  for (const [, name] of esm.matchAll(/export\s+(?:const|let|var|function|class)\s+([A-Za-z_$][\w$]*)/g)) {
    if (name) names.add(name);
  }
  return names;
}

/**
 * Remark plugin: a component used in MDX (`<Card />`, `<Tabs.Item />`) must be imported in the
 * same file. MDX itself only notices at render time, with a message that names neither the
 * file nor the line; this fails the build like a compiler error instead.
 */
export function remarkMdxComponents(options: { root?: string } = {}) {
  const root = options.root ?? process.cwd();
  return (tree: Root, file: VFile) => {
    const names = new Set<string>();
    visit(tree, 'mdxjsEsm', (node) => {
      for (const name of definedNames((node as unknown as EsmNode).value)) names.add(name);
    });
    visit(tree, ['mdxJsxFlowElement', 'mdxJsxTextElement'], (node) => {
      const name = (node as unknown as JsxNode).name;
      if (!name || !/^[A-Z]/.test(name)) return;
      const head = name.split('.')[0] as string;
      if (names.has(head)) return;
      const where = file.path ? path.relative(root, file.path) : 'MDX';
      const at = node.position ? `:${node.position.start.line}:${node.position.start.column}` : '';
      file.fail(
        `${where}${at}: <${name}> is used but not imported; add an import at the top of the page, e.g. import ${head} from '~/components/${head}.astro';`,
        node,
      );
    });
  };
}
