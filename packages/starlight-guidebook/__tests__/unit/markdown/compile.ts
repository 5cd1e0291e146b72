import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { type HastPluginList, type MdastPluginList, mdxToJs } from 'satteri';

/**
 * Compiles MDX as a page of a small fixture project would be (`__tests__/fixtures/project`, with one
 * worksheet: content/docs/opas/sivu.mdx) and returns the JS. Not the repository's site: the
 * package's tests stand on their own.
 */
export async function compilePage(
  mdx: string,
  plugins: { mdast?: MdastPluginList; hast?: HastPluginList; frontmatter?: Record<string, unknown> },
): Promise<string> {
  const result = await mdxToJs(mdx, {
    fileURL: pathToFileURL(path.join(import.meta.dirname, '../../fixtures/project/content/docs/opas/sivu.mdx')),
    mdastPlugins: plugins.mdast ?? [],
    hastPlugins: plugins.hast ?? [],
    data: {
      astro: {
        frontmatter: plugins.frontmatter ?? {},
        headings: [],
        localImagePaths: new Set(),
        remoteImagePaths: new Set(),
      },
    },
  });
  return result.code;
}
