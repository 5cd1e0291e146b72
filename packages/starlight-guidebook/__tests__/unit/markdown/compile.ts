import { pathToFileURL } from 'node:url';
import { type HastPluginList, type MdastPluginList, mdxToJs } from 'satteri';

/** Compiles MDX as a page of this project would be (content/docs/opas/sivu.mdx) and returns the JS. */
export async function compilePage(
  mdx: string,
  plugins: { mdast?: MdastPluginList; hast?: HastPluginList; frontmatter?: Record<string, unknown> },
): Promise<string> {
  const result = await mdxToJs(mdx, {
    fileURL: pathToFileURL(`${process.cwd()}/content/docs/opas/sivu.mdx`),
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
