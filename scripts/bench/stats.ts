// Medians, spreads and ratios of the benchmark's repeated measurements.

export function median(list: readonly number[]): number {
  const sorted = [...list].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** `6.1–7.1 s`: the lowest and highest of the rounds. */
export function spread(list: readonly number[], unit = 's', digits = 1): string {
  return `${Math.min(...list).toFixed(digits)}–${Math.max(...list).toFixed(digits)} ${unit}`;
}

/**
 * The ratio of two series measured in pairs: the median of the per-pair ratios. Each pair ran
 * back to back, so the machine's load (shared by other sessions) weighs on both builds alike.
 */
export function pairedRatio(site: readonly number[], plain: readonly number[]): number {
  return median(site.map((s, i) => s / (plain[i] ?? Number.NaN)));
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
