import type { Heading, List, Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { toString as plainText } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { z } from 'zod';

/**
 * Hand-outs: a page (or a part of it) made into a PDF of its own, to print and give out. A page
 * asks for them in its frontmatter:
 *
 *   pagePdf: true                      the whole page, titled as the page
 *   pagePdf:                           parts of the page, each a file of its own
 *     - part: employer                 file name (the same in every language)
 *       title: Checklist: employer     the hand-out's title
 *       tab: Employer                  the content of the <TabItem> with this label, or
 *       section: Before the trial      the section under the heading with this text
 *       tickBoxes: true                the bullet lists as tick boxes (a checklist to tick on paper)
 *
 * A part with neither `tab` nor `section` is the whole page under another title.
 */
export const handoutPart = z.strictObject({
  part: z.string().regex(/^[a-z0-9-]+$/, 'a file name: lowercase letters, digits and hyphens'),
  title: z.string().min(1),
  tab: z.string().min(1).optional(),
  section: z.string().min(1).optional(),
  tickBoxes: z.boolean().optional(),
});
export const pagePdfOption = z.union([z.boolean(), z.array(handoutPart).min(1)]);
export type HandoutPart = z.infer<typeof handoutPart>;

export interface Handout {
  /** Site path of the file's id: the page's slug, and `/<part>` for a part. */
  slug: string;
  title: string;
  /** The hand-out's own Markdown tree (a copy: the page's tree is transformed separately). */
  tree: Root;
}

type AnyNode = { type: string; children?: AnyNode[] };

function findTab(nodes: AnyNode[], label: string): MdxJsxFlowElement | undefined {
  for (const node of nodes) {
    if (node.type === 'mdxJsxFlowElement') {
      const element = node as unknown as MdxJsxFlowElement;
      const own = element.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'label');
      if (element.name === 'TabItem' && own?.value === label) return element;
    }
    const inner = node.children ? findTab(node.children, label) : undefined;
    if (inner) return inner;
  }
  return undefined;
}

/** The heading with this text and everything under it, up to the next heading of its level or higher. */
function findSection(tree: Root, text: string): RootContent[] | undefined {
  const start = tree.children.findIndex((n) => n.type === 'heading' && plainText(n).trim() === text);
  if (start < 0) return undefined;
  const depth = (tree.children[start] as Heading).depth;
  const end = tree.children.findIndex((n, i) => i > start && n.type === 'heading' && n.depth <= depth);
  return tree.children.slice(start + 1, end < 0 ? undefined : end);
}

/**
 * The hand-outs a page's frontmatter asks for, cut from its raw tree (before the print forms,
 * which would dissolve the tabs). Fails with the page's file when a tab or section is not there.
 */
export function handoutsOf(page: {
  slug: string;
  title: string;
  tree: Root;
  file: VFile;
  frontmatter: Record<string, unknown>;
}): Handout[] {
  const option = page.frontmatter.pagePdf;
  if (option === undefined || option === false) return [];
  const parsed = pagePdfOption.safeParse(option);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    page.file.fail(`frontmatter pagePdf${issue?.path.length ? `.${issue.path.join('.')}` : ''}: ${issue?.message}`);
  }
  const imports = page.tree.children.filter((n) => n.type === 'mdxjsEsm');
  const copy = (nodes: RootContent[]): Root => structuredClone({ type: 'root', children: [...imports, ...nodes] });
  if (parsed.data === true) return [{ slug: page.slug, title: page.title, tree: copy(page.tree.children) }];
  if (parsed.data === false) return [];
  return parsed.data.map((part) => {
    let nodes: RootContent[] = page.tree.children;
    if (part.tab) {
      const tab = findTab(page.tree.children as AnyNode[], part.tab);
      if (!tab)
        page.file.fail(`frontmatter pagePdf: no <TabItem label="${part.tab}"> on the page (part "${part.part}")`);
      nodes = tab.children as RootContent[];
    } else if (part.section) {
      const section = findSection(page.tree, part.section);
      if (!section)
        page.file.fail(`frontmatter pagePdf: no heading "${part.section}" on the page (part "${part.part}")`);
      nodes = section;
    }
    const tree = copy(nodes);
    if (part.tickBoxes) {
      visit(tree, 'list', (list: List) => {
        if (list.ordered) return;
        for (const item of list.children) item.checked ??= false;
      });
    }
    return { slug: `${page.slug}/${part.part}`, title: part.title, tree };
  });
}
