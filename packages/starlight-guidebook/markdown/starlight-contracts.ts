import { defineMdastPlugin, type MdastPluginEntry } from 'satteri';
import { contentError, type Positioned } from './source.ts';

/**
 * What Starlight's own components require of their content, checked as the page compiles: Starlight
 * checks it only as the page renders, and its error then names a page address, not the file, and
 * comes with a stack trace of generated code, once per locale the page falls back to.
 */
const listComponents: Readonly<Record<string, { ordered: boolean; example: string }>> = {
  Steps: { ordered: true, example: '1. …, 2. …' },
  FileTree: { ordered: false, example: '- src/, - README.md' },
};

const starlightComponents = '@astrojs/starlight/components';

/** Local names bound to Starlight's components by an MDX page's imports: `{ Steps as S }` → S → Steps. */
export function starlightImports(esm: string): Map<string, string> {
  const names = new Map<string, string>();
  for (const [, clause = '', source] of esm.matchAll(/import\s*\{([^}]*)\}\s*from\s*['"]([^'"]+)['"]/g)) {
    if (source !== starlightComponents) continue;
    for (const part of clause.split(',')) {
      const [imported, local = imported] = part.trim().split(/\s+as\s+/);
      if (imported) names.set((local ?? imported).trim(), imported.trim());
    }
  }
  return names;
}

interface Block extends Positioned {
  type: string;
  ordered?: boolean | null | undefined;
  depth?: number | undefined;
}
interface Element extends Positioned {
  name?: string | null;
  children?: readonly Block[];
}

/** The kind of a Markdown block in an author's words: "a paragraph", "a bulleted list". */
function blockName(node: Block): string {
  if (node.type === 'list') return node.ordered ? 'a numbered list' : 'a bulleted list';
  if (node.type === 'heading') return 'a heading';
  if (node.type === 'paragraph') return 'a paragraph';
  if (node.type === 'code') return 'a code block';
  if (node.type === 'table') return 'a table';
  if (node.type === 'mdxJsxFlowElement') return `<${(node as Element).name ?? ''}>`;
  return node.type;
}

/** What is wrong with the content of a list component (`<Steps>`, `<FileTree>`), if anything. */
export function listContentProblem(
  component: string,
  children: readonly Block[],
  local = component,
): string | undefined {
  const rule = listComponents[component];
  if (!rule) return undefined;
  const kind = rule.ordered ? 'one numbered list' : 'one bulleted list';
  const found = children.length === 0 ? 'nothing' : children.map(blockName).join(', ');
  const [only] = children;
  if (children.length === 1 && only?.type === 'list' && Boolean(only.ordered) === rule.ordered) return undefined;
  const named = local === component ? `<${local}>` : `<${local}> (Starlight's ${component})`;
  return `${named} must hold ${kind} and nothing else (${rule.example}); it holds ${found}`;
}

/** mdast plugin: Starlight's list components hold the list they need, or the build fails at the element. */
export function starlightContracts(): MdastPluginEntry {
  return ({ sourceFormat }) => {
    if (sourceFormat !== 'mdx') return undefined;
    const imported = new Map<string, string>();
    const used: { node: Element; local: string }[] = [];
    const collect = (node: Element) => {
      if (node.name) used.push({ node, local: node.name });
    };
    return defineMdastPlugin({
      name: 'guidebook-starlight-contracts',
      options: { position: true },
      mdxjsEsm(node) {
        for (const [local, name] of starlightImports(node.value)) imported.set(local, name);
      },
      mdxJsxFlowElement: collect,
      after(_root, ctx) {
        for (const { node, local } of used) {
          const component = imported.get(local);
          if (!component) continue;
          const problem = listContentProblem(component, node.children ?? [], local);
          if (problem) throw contentError(ctx.fileURL, node, problem);
        }
      },
    });
  };
}
