/** File size for people: `42 kt` / `42 KB`, `1,2 Mt` / `1.2 MB`. */
export function formatBytes(bytes: number, locale: string): string {
  // Finnish and Swedish write kt/Mt and a decimal comma (SI prefixes in their own words).
  const fiLike = /^(fi|sv)\b/.test(locale);
  const [unitK, unitM] = fiLike ? ['kt', 'Mt'] : ['KB', 'MB'];
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} ${unitK}`;
  const mb = (bytes / (1024 * 1024)).toFixed(1);
  return `${fiLike ? mb.replace('.', ',') : mb} ${unitM}`;
}
