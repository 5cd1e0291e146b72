import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { breakdownRows, cpuBreakdown } from './cpu-profile.ts';
import { editPage, editWorksheet } from './edits.ts';
import { clearCaches } from './projects.ts';
import { loadAverage, timedBuild } from './timed-build.ts';

type Side = 'site' | 'plain';

/**
 * One profiled build of each case on both sides, after the timed pairs: where the extra CPU time
 * of this site goes, by package and engine folder. `round` keeps the edits different from the
 * timed pairs' edits, so each edit really changes a file.
 */
export function profileCases(projects: Record<Side, string>, astro: string, work: string, round: number): string[] {
  const cases: { name: string; before?: (side: Side) => void }[] = [
    { name: 'cold', before: (side) => clearCaches(projects[side]) },
    { name: 'no change' },
    { name: 'edit one page', before: (side) => editPage(projects[side], round) },
    { name: 'edit one worksheet', before: (side) => side === 'site' && editWorksheet(projects.site, round) },
  ];
  const lines: string[] = [];
  for (const [i, { name, before }] of cases.entries()) {
    const breakdown = {} as Record<Side, ReturnType<typeof cpuBreakdown>>;
    const cpu = {} as Record<Side, number>;
    for (const side of ['site', 'plain'] as const) {
      before?.(side);
      const dir = path.join(work, 'profiles', `${i}-${side}`);
      mkdirSync(dir, { recursive: true });
      cpu[side] = timedBuild(`${side} (${name}, profiled)`, projects[side], astro, dir).cpu;
      breakdown[side] = cpuBreakdown(dir);
      console.log(
        `  profiled ${name.padEnd(20)} ${side.padEnd(5)} CPU ${cpu[side].toFixed(1)} s (load ${loadAverage()})`,
      );
    }
    lines.push(
      `**${name}**, one profiled build each (the profiler's own cost included): CPU ${cpu.plain.toFixed(1)} s plain, ${cpu.site.toFixed(1)} s this site.`,
      '',
      '| where the time goes | plain Starlight | this site | difference |',
      '|---|---|---|---|',
      ...breakdownRows(breakdown.plain, breakdown.site),
      '',
    );
  }
  return lines;
}
