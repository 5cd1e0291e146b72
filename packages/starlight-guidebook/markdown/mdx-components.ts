import { defineMdastPlugin, type MdastPluginEntry } from 'satteri';
import { contentError, type Positioned } from './source.ts';

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

interface JsxNode extends Positioned {
  name?: string | null;
}

/**
 * mdast plugin: a component used in MDX (`<Card />`, `<Tabs.Item />`) must be imported in the
 * same file. MDX itself only notices at render time, with a message that names neither the
 * file nor the line; this fails the build like a compiler error instead.
 */
export function mdxComponents(): MdastPluginEntry {
  // A factory: names and uses are collected per page, then checked once the page is walked
  // (an export may come after the component that uses it).
  return ({ sourceFormat }) => {
    if (sourceFormat !== 'mdx') return undefined;
    const names = new Set<string>();
    const used: JsxNode[] = [];
    const collect = (node: JsxNode) => {
      if (node.name && /^[A-Z]/.test(node.name)) used.push({ name: node.name, position: node.position });
    };
    return defineMdastPlugin({
      name: 'guidebook-mdx-components',
      options: { position: true },
      mdxjsEsm(node) {
        for (const name of definedNames(node.value)) names.add(name);
      },
      mdxJsxFlowElement: collect,
      mdxJsxTextElement: collect,
      after(_root, ctx) {
        for (const node of used) {
          const name = node.name as string;
          const head = name.split('.')[0] as string;
          if (names.has(head)) continue;
          throw contentError(
            ctx.fileURL,
            node,
            `<${name}> is used but not imported; add an import at the top of the page, e.g. import ${head} from 'starlight-guidebook/components/${head}.astro'; for a component of your own, its path`,
          );
        }
      },
    });
  };
}
