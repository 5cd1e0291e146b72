import { defineMdastPlugin, type MdastPluginEntry } from 'satteri';
import { definedNames } from './mdx-components.ts';
import { contentError, type JsxElement, type Positioned } from './source.ts';

/** Names an MDX page has without importing them: its frontmatter, its props and JavaScript's globals. */
const alwaysDefined = new Set(['frontmatter', 'props', 'Astro', ...Object.getOwnPropertyNames(globalThis)]);

/**
 * The name an expression reads first, when the expression is only a name or a chain of properties
 * (`{coachName}`, `{frontmatter.title}`). Other expressions (calls, arithmetic, arrow functions)
 * are left to MDX: telling their free names apart needs a JavaScript parser.
 */
export function leadingName(expression: string): string | undefined {
  const code = expression.replace(/\/\*[\s\S]*?\*\//g, '').trim();
  return /^([A-Za-z_$][\w$]*)(?:\??\.[A-Za-z_$][\w$]*)*$/.exec(code)?.[1];
}

/**
 * mdast plugin: a `{name}` in MDX must name something the page defines. MDX itself notices only
 * when the page renders, with a ReferenceError under the page's address and a line of generated
 * code; this fails the build with the file, the real line and the name.
 */
export function mdxExpressions(): MdastPluginEntry {
  return ({ sourceFormat }) => {
    if (sourceFormat !== 'mdx') return undefined;
    const names = new Set<string>();
    const used: { name: string; node: Positioned }[] = [];
    const expression = (node: { value: string } & Positioned) => {
      const name = leadingName(node.value);
      if (name) used.push({ name, node: { position: node.position } });
    };
    const element = (node: JsxElement) => {
      for (const attribute of node.attributes ?? []) {
        const value = attribute.value as { type?: string; value?: string } | undefined;
        if (attribute.type !== 'mdxJsxAttribute' || value?.type !== 'mdxJsxAttributeValueExpression') continue;
        const name = leadingName(value.value ?? '');
        if (name) used.push({ name, node: { position: node.position } });
      }
    };
    return defineMdastPlugin({
      name: 'guidebook-mdx-expressions',
      options: { position: true },
      mdxjsEsm(node) {
        for (const name of definedNames(node.value)) names.add(name);
      },
      mdxFlowExpression: expression,
      mdxTextExpression: expression,
      mdxJsxFlowElement: element,
      mdxJsxTextElement: element,
      after(_root, ctx) {
        for (const { name, node } of used) {
          if (names.has(name) || alwaysDefined.has(name)) continue;
          throw contentError(
            ctx.fileURL,
            node,
            `{${name}} is not defined on this page: MDX reads text in curly braces as JavaScript; to show the braces as text write \\{${name}\\}, or define ${name} with an import or export at the top of the page`,
          );
        }
      },
    });
  };
}
