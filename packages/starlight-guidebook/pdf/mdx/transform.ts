import type { Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { VFile } from 'vfile';
import type { PrintBlock, PrintContext, PrintProps } from '../print-form.ts';
import { asideBlock } from '../print-forms/starlight.ts';
import { findPrintForm, type ImportedComponent, parseImports } from './print-forms.ts';

/** A worksheet placed in the flow of a book. */
export interface WorksheetNode {
  type: 'worksheet';
  id: string;
}
export type BookNode = RootContent | WorksheetNode;

type AnyNode = { type: string; children?: AnyNode[]; [key: string]: unknown };

const phrasingTypes = new Set([
  'text',
  'emphasis',
  'strong',
  'delete',
  'inlineCode',
  'link',
  'linkReference',
  'image',
  'imageReference',
  'break',
  'footnoteReference',
  'html',
  'mdxJsxTextElement',
  'mdxTextExpression',
  'textDirective',
]);

const asideKinds = new Set(['note', 'tip', 'caution', 'danger']);

function props(node: MdxJsxFlowElement | MdxJsxTextElement): PrintProps {
  const out: PrintProps = {};
  for (const attr of node.attributes) {
    if (attr.type !== 'mdxJsxAttribute') continue;
    const a = attr as MdxJsxAttribute;
    if (a.value === null || a.value === undefined) out[a.name] = true;
    else if (typeof a.value === 'string') out[a.name] = a.value;
    else out[a.name] = a.value.value.replace(/^(['"`])(.*)\1$/s, '$2');
  }
  return out;
}

/** Wraps runs of inline nodes that end up at block level into paragraphs. */
function asBlocks(nodes: PrintBlock[]): BookNode[] {
  const out: BookNode[] = [];
  let run: PhrasingContent[] = [];
  const flush = () => {
    if (run.some((n) => n.type !== 'text' || n.value.trim()))
      out.push({ type: 'paragraph', children: run } as Paragraph);
    run = [];
  };
  for (const n of nodes) {
    if (phrasingTypes.has(n.type)) run.push(n as PhrasingContent);
    else {
      flush();
      out.push(n as BookNode);
    }
  }
  flush();
  return out;
}

/**
 * Replaces every MDX component with its print form and every `:::note` directive with a boxed
 * note, removes imports and expressions, and fails (file:line:column) on a component that has no
 * print form. Returns the tree ready for the book renderer.
 */
export async function applyPrintForms(tree: Root, file: VFile, context: PrintContext): Promise<Root> {
  const components = new Map<string, ImportedComponent>();
  for (const node of tree.children) {
    if (node.type === 'mdxjsEsm') for (const c of parseImports(node.value)) components.set(c.local, c);
  }

  const transformChildren = async (children: AnyNode[], inline: boolean): Promise<AnyNode[]> => {
    const out: AnyNode[] = [];
    for (const child of children) out.push(...(await transformNode(child, inline)));
    return out;
  };

  const transformNode = async (node: AnyNode, inline: boolean): Promise<AnyNode[]> => {
    switch (node.type) {
      case 'mdxjsEsm':
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        return [];
      case 'containerDirective': {
        const name = String(node.name);
        const kids = node.children ?? [];
        const labelNode = kids[0] as AnyNode | undefined;
        const hasLabel = (labelNode?.data as { directiveLabel?: boolean } | undefined)?.directiveLabel;
        const title = hasLabel ? plain(labelNode) : undefined;
        const body = await transformChildren(hasLabel ? kids.slice(1) : kids, false);
        if (asideKinds.has(name))
          return [asideBlock(name, title, body as RootContent[], context.locale) as unknown as AnyNode];
        return body;
      }
      case 'leafDirective':
      case 'textDirective': {
        // Not a directive the site knows: Starlight shows it as text, and so do we.
        const kids = await transformChildren(node.children ?? [], true);
        const back = { type: 'text', value: `:${String(node.name)}` } as AnyNode;
        return node.type === 'leafDirective' ? [{ type: 'paragraph', children: [back, ...kids] }] : [back, ...kids];
      }
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const element = node as unknown as MdxJsxFlowElement | MdxJsxTextElement;
        const isInline = node.type === 'mdxJsxTextElement';
        const kids = (await transformChildren(node.children ?? [], isInline)) as RootContent[];
        const name = element.name;
        if (!name) return kids as AnyNode[];
        if (/^[a-z]/.test(name)) return htmlElement(name, kids, isInline, props(element));
        const component = components.get(name.split('.')[0] ?? name);
        if (!component) file.fail(`<${name}> is used but not imported, so it has no print form`, element);
        const found = await findPrintForm(component as ImportedComponent, file.path);
        if (!found.ok) file.fail(`${found.reason}`, element);
        let result: PrintBlock[];
        try {
          result = (found as { form: (p: PrintProps, c: RootContent[], x: PrintContext) => PrintBlock[] }).form(
            props(element),
            isInline ? kids : (asBlocks(kids) as RootContent[]),
            context,
          );
        } catch (error) {
          file.fail(
            `print form of <${name}> failed: ${error instanceof Error ? error.message : String(error)}`,
            element,
          );
        }
        // Print forms return Markdown nodes that may contain components again (children).
        const again = await transformChildren(result as AnyNode[], isInline);
        return (isInline || inline ? again : (asBlocks(again as PrintBlock[]) as AnyNode[])) as AnyNode[];
      }
      default:
        if (node.children)
          node.children = await transformChildren(
            node.children,
            phrasingTypes.has(node.type) ||
              node.type === 'paragraph' ||
              node.type === 'heading' ||
              node.type === 'tableCell',
          );
        return [node];
    }
  };

  tree.children = asBlocks(
    (await transformChildren(tree.children as AnyNode[], false)) as PrintBlock[],
  ) as RootContent[];
  return tree;
}

/** HTML written in MDX: `<small>` notes stay small; other tags print their content. */
function htmlElement(name: string, kids: RootContent[], inline: boolean, p: PrintProps): AnyNode[] {
  if (name === 'br') return [{ type: 'break' }];
  if (name === 'small') {
    if (inline) return [{ type: 'emphasis', data: { small: true }, children: kids } as unknown as AnyNode];
    const blocks = asBlocks(kids);
    return blocks.map((b) =>
      b.type === 'paragraph' ? ({ ...b, data: { small: true } } as unknown as AnyNode) : (b as AnyNode),
    );
  }
  if (name === 'a' && typeof p.href === 'string') return [{ type: 'link', url: p.href, children: kids as AnyNode[] }];
  if (name === 'strong' || name === 'b') return [{ type: 'strong', children: kids as AnyNode[] }];
  if (name === 'em' || name === 'i') return [{ type: 'emphasis', children: kids as AnyNode[] }];
  return kids as AnyNode[];
}

function plain(node: AnyNode | undefined): string {
  if (!node) return '';
  if (typeof node.value === 'string') return node.value;
  return (node.children ?? []).map(plain).join('');
}
