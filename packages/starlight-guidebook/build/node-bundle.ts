import path from 'node:path';
import { type BuildOptions, build, type Metafile } from 'esbuild';

type NodeBundleOptions = Pick<BuildOptions, 'external' | 'define' | 'alias'>;

const nodeOptions = (entry: string, options: NodeBundleOptions): BuildOptions => ({
  entryPoints: [entry],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  write: false,
  logLevel: 'silent',
  ...options,
});

/**
 * A TypeScript file and what it imports, bundled by esbuild into the text of one CommonJS module
 * that Node runs as it is (workers, print forms): Node cannot strip types inside node_modules, and
 * the build's own module loader is closed when these run.
 */
export async function bundleForNode(entry: string, options: NodeBundleOptions = {}): Promise<string> {
  const result = await build(nodeOptions(entry, options));
  return result.outputFiles?.[0]?.text ?? '';
}

/** The same bundle with the absolute paths of every file esbuild read for it (for bundle-cache.ts). */
export async function bundleForNodeWithInputs(
  entry: string,
  options: NodeBundleOptions = {},
): Promise<{ code: string; inputs: string[] }> {
  const result = await build({ ...nodeOptions(entry, options), metafile: true });
  return { code: result.outputFiles?.[0]?.text ?? '', inputs: metafileInputs(result.metafile) };
}

/** esbuild's metafile names its inputs relative to the working folder; plugins' virtual ones have a namespace. */
export function metafileInputs(metafile: Metafile | undefined, cwd = process.cwd()): string[] {
  return Object.keys(metafile?.inputs ?? {})
    .filter((input) => !/^[a-z-]+:/i.test(input))
    .map((input) => path.resolve(cwd, input));
}
