import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** One build: wall time, and CPU time (user + system) of the build's whole process tree. */
export interface BuildTime {
  wall: number;
  cpu: number;
}

/**
 * Runs `astro build` in `cwd` under GNU time, which reports the rusage of the process and every
 * child it waited for: worker threads, esbuild, Pagefind, sharp's threads all count.
 */
export function timedBuild(label: string, cwd: string, astroBin: string, profileDir?: string): BuildTime {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-time-'));
  const out = path.join(dir, 'time.txt');
  // With a profile folder, V8 writes a CPU profile of every thread there (the profiler slows the
  // build, so such builds are never the timed ones).
  const command = profileDir
    ? [process.execPath, '--cpu-prof', `--cpu-prof-dir=${profileDir}`, astroBin, 'build']
    : [astroBin, 'build'];
  try {
    const result = spawnSync('/usr/bin/time', ['-f', '%e %U %S', '-o', out, ...command], {
      cwd,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    if (result.status !== 0) {
      console.error(result.stdout.slice(-4000), result.stderr.slice(-4000));
      throw new Error(`${label} build failed (exit ${result.status})`);
    }
    const [wall = Number.NaN, user = Number.NaN, system = Number.NaN] =
      readFileSync(out, 'utf8').trim().split('\n').pop()?.split(/\s+/).map(Number) ?? [];
    return { wall, cpu: user + system };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The machine's load average, printed beside every figure: nine sessions share it today. */
export function loadAverage(): string {
  return os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
}
