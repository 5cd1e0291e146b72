import type { Root } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { parse as parseYaml } from 'yaml';

export interface Frontmatter {
  title?: string;
  description?: string;
  draft?: boolean;
  sidebar?: { order?: number; label?: string; hidden?: boolean };
  /** The page, or parts of it, also made into PDFs of their own (see pdf/mdx/handouts.ts). */
  pagePdf?: unknown;
  [key: string]: unknown;
}

export interface ParsedPage {
  tree: Root;
  frontmatter: Frontmatter;
  /** The vfile, for compiler-style errors with file, line and column (`file.fail(reason, node)`). */
  file: VFile;
}

const processor = unified().use(remarkParse).use(remarkFrontmatter).use(remarkMdx).use(remarkGfm).use(remarkDirective);

/** The Markdown tree of an MDX (or Markdown) page, as Starlight's own pipeline reads it. */
export function parseMdx(source: string, path: string): ParsedPage {
  const file = new VFile({ value: source, path });
  // Markdown files are not MDX: `<` and `{` are text there.
  const tree = (
    path.endsWith('.md')
      ? unified().use(remarkParse).use(remarkFrontmatter).use(remarkGfm).use(remarkDirective).parse(file)
      : processor.parse(file)
  ) as Root;
  let frontmatter: Frontmatter = {};
  const first = tree.children[0];
  if (first?.type === 'yaml') {
    frontmatter = (parseYaml(first.value) as Frontmatter | null) ?? {};
    tree.children.shift();
  }
  return { tree, frontmatter, file };
}
