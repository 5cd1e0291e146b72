import { readFileSync } from 'node:fs';
import { findPackageJSON } from 'node:module';

/**
 * The installed version of a package, as seen from the module at `from`. Read through
 * `findPackageJSON`: packages with an exports map (sharp) refuse `require('x/package.json')`.
 */
export function packageVersion(name: string, from: string | URL): string {
  const file = findPackageJSON(name, from);
  if (!file) throw new Error(`package ${name} is not installed`);
  return String((JSON.parse(readFileSync(file, 'utf8')) as { version?: unknown }).version);
}
