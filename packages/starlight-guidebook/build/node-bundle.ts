import { type BuildOptions, build } from 'esbuild';

/**
 * A TypeScript file and what it imports, bundled by esbuild into the text of one CommonJS module
 * that Node runs as it is (workers, print forms): Node cannot strip types inside node_modules, and
 * the build's own module loader is closed when these run.
 */
export async function bundleForNode(
  entry: string,
  options: Pick<BuildOptions, 'external' | 'define' | 'alias'> = {},
): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    write: false,
    logLevel: 'silent',
    ...options,
  });
  return result.outputFiles[0]?.text ?? '';
}
