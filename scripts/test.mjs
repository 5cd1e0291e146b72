#!/usr/bin/env node
// The one test command: lint, type check, unit tests, a fresh build, build tests, browser tests.
// Set SKIP_BUILD=1 to test an existing dist/ (faster while developing).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };

const steps = [
  ['lint', 'biome', ['check', '.']],
  ['type check', 'astro', ['check']],
  ['unit tests', 'vitest', ['run', '--project', 'unit']],
  ...(process.env.SKIP_BUILD ? [] : [['build', 'astro', ['build']]]),
  ['build tests', 'vitest', ['run', '--project', 'build']],
];
if (existsSync(chromium)) steps.push(['browser tests', 'vitest', ['run', '--project', 'e2e']]);

const failed = [];
for (const [name, command, args] of steps) {
  console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env, shell: false });
  if (result.status !== 0) {
    failed.push(name);
    // Without a build there is nothing to test in dist/.
    if (name === 'build') break;
  }
}
if (!existsSync(chromium)) {
  console.log(`\n⚠ Browser tests skipped: Chromium not found at ${chromium} (apt-get install -y chromium).`);
}
if (failed.length > 0) {
  console.error(`\n✖ Failed: ${failed.join(', ')}`);
  process.exit(1);
}
console.log('\n✔ All test steps passed.');
