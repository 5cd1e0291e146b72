import { defineMdastPlugin, type MdastPluginDefinition } from 'satteri';
import { DECORATIVE } from './decorative.ts';
import { contentError, type JsxElement, jsxAttribute, type Positioned } from './source.ts';

/** Elements written in MDX that show an image and so need `alt`. */
const imageElements = new Set(['img', 'Image', 'Picture']);

/** What is wrong with a Markdown image's alt text, if anything. */
export function markdownAltProblem(alt: string | null | undefined, url: string): string | undefined {
  if ((alt ?? '').trim() !== '') return undefined;
  return `the image ${url} has no alt text: describe what it shows, ![what it shows](${url}), or mark it decorative, ![${DECORATIVE}](${url})`;
}

/** What is wrong with an <img>/<Image> element's alt, if anything (alt="" is an explicit choice). */
export function elementAltProblem(node: JsxElement): string | undefined {
  if (!node.name || !imageElements.has(node.name)) return undefined;
  if (jsxAttribute(node, 'alt') !== undefined || hasSpread(node)) return undefined;
  return `<${node.name}> has no alt attribute: describe what the image shows, alt="…", or mark it decorative with alt=""`;
}

function hasSpread(node: JsxElement): boolean {
  return node.attributes?.some((a) => a.type === 'mdxJsxExpressionAttribute') ?? false;
}

/**
 * mdast plugin: every image has alt text (WCAG 1.1.1), or says it is decorative. Fails the build
 * with file, line and column, like the other content checks.
 */
export function imageAlt(): MdastPluginDefinition {
  const check = (node: JsxElement, ctx: { fileURL: URL | undefined }) => {
    const problem = elementAltProblem(node);
    if (problem) throw contentError(ctx.fileURL, node, problem);
  };
  return defineMdastPlugin({
    name: 'guidebook-image-alt',
    options: { position: true },
    image(node, ctx) {
      if (node.alt?.trim() === DECORATIVE) {
        ctx.setProperty(node, 'alt', '');
        return;
      }
      const problem = markdownAltProblem(node.alt, node.url);
      if (problem) throw contentError(ctx.fileURL, node as Positioned, problem);
    },
    mdxJsxFlowElement: check,
    mdxJsxTextElement: check,
  });
}
