import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

// Where a build's CPU time goes: V8's sampling profiles (`node --cpu-prof`, one file per thread,
// worker threads included) summed by the code that was running, grouped by the package or engine
// folder it comes from. Each sample counts once: time spent inside Node.js or V8's built-ins
// (reading files, JSON.parse, regular expressions) counts for the code that called them, so a
// row says whose work it was.

interface ProfileNode {
  id: number;
  callFrame: { url: string; functionName: string };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Time in milliseconds by group, for every profile in a folder. */
export type Breakdown = Map<string, number>;

/** The group a piece of code belongs to, from its file address. */
export function groupOf(url: string, functionName: string): string | undefined {
  if (!url) {
    if (functionName === '(idle)') return undefined; // waiting, not working
    if (functionName === '(garbage collector)') return 'V8: garbage collection';
    if (functionName === '(program)') return 'V8: compiling and native code';
    return 'V8: built-ins';
  }
  const file = url.replace(/^file:\/\//, '');
  if (file.startsWith('node:')) return 'Node.js itself';
  // The PDF worker runs from a bundle the engine makes of its own code (its packages stay outside).
  if (file.includes('/guidebook-workers/')) return 'engine: PDF worker (pdf/, markdown/, worksheets/ bundled)';
  const engine = file.match(/packages\/starlight-guidebook\/([^/]+)/);
  if (engine) return `engine: ${engine[1]}`;
  const modules = [...file.matchAll(/node_modules\/((?:@[^/]+\/)?[^/]+)/g)].pop();
  if (modules) {
    const name = modules[1] ?? '';
    if (name.startsWith('.')) return `cached bundles (node_modules/${name})`;
    if (/^(vite|rolldown|@rolldown\/.*|esbuild|lightningcss)$/.test(name)) return 'bundling: vite and rolldown';
    return name;
  }
  // Astro runs the pages from a bundle of its own in the output folder: every page's components,
  // Starlight's and this project's together.
  if (/\/(dist|\.prerender)\/|chunks\//.test(file)) return 'page rendering (bundled components)';
  return 'project files';
}

const runtime = new Set(['Node.js itself', 'V8: built-ins']);

/** Each node's group, a runtime frame taking the group of the nearest caller outside the runtime. */
function ownerGroups(nodes: ProfileNode[]): Map<number, string | undefined> {
  const parent = new Map<number, number>();
  for (const node of nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const owners = new Map<number, string | undefined>();
  const ownerOf = (id: number): string | undefined => {
    if (owners.has(id)) return owners.get(id);
    const node = byId.get(id);
    let group = node && groupOf(node.callFrame.url, node.callFrame.functionName);
    if (group && runtime.has(group)) {
      const up = parent.get(id);
      const caller = up === undefined ? undefined : ownerOf(up);
      // The root's own frames ("(root)") have no caller: they stay the runtime's.
      if (caller && caller !== '(root)') group = caller;
    }
    owners.set(id, group);
    return group;
  };
  for (const node of nodes) ownerOf(node.id);
  return owners;
}

/** Sums the self time of every sample of every profile in `dir`. */
export function cpuBreakdown(dir: string): Breakdown {
  const totals: Breakdown = new Map();
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.cpuprofile'))) {
    const profile = JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as CpuProfile;
    const groups = ownerGroups(profile.nodes);
    profile.samples.forEach((id, i) => {
      const group = groups.get(id);
      if (group) totals.set(group, (totals.get(group) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
    });
  }
  return totals;
}

/** Rows "group | plain | site | difference", the largest differences first. */
export function breakdownRows(plain: Breakdown, site: Breakdown, top = 14): string[] {
  const groups = [...new Set([...plain.keys(), ...site.keys()])];
  const diff = (g: string) => (site.get(g) ?? 0) - (plain.get(g) ?? 0);
  const seconds = (ms: number | undefined) => `${((ms ?? 0) / 1000).toFixed(2)} s`;
  const sorted = groups.sort((a, b) => diff(b) - diff(a));
  const shown = sorted.slice(0, top);
  const rest = sorted.slice(top);
  const sum = (b: Breakdown, gs: string[]) => gs.reduce((s, g) => s + (b.get(g) ?? 0), 0);
  const rows = shown.map(
    (g) =>
      `| ${g} | ${seconds(plain.get(g))} | ${seconds(site.get(g))} | ${diff(g) >= 0 ? '+' : ''}${seconds(diff(g))} |`,
  );
  if (rest.length) {
    const d = sum(site, rest) - sum(plain, rest);
    rows.push(
      `| ${rest.length} other groups | ${seconds(sum(plain, rest))} | ${seconds(sum(site, rest))} | ${d >= 0 ? '+' : ''}${seconds(d)} |`,
    );
  }
  const total = (b: Breakdown) => sum(b, groups);
  rows.push(
    `| **all JavaScript threads** | ${seconds(total(plain))} | ${seconds(total(site))} | +${seconds(total(site) - total(plain))} |`,
  );
  return rows;
}
