/**
 * The material a page belongs to: the first folder of its path under content/docs, after the
 * locale folder for non-root locales (`en/garden/soil` -> `garden`). Components use it as the
 * default for per-material data, so no material's name is written into the engine.
 */
export function materialOfPage(entryId: string | undefined, locales: readonly { code: string }[]): string | undefined {
  const parts = (entryId ?? '').split('/').filter(Boolean);
  const others = locales.slice(1).map((l) => l.code);
  if (parts[0] && others.includes(parts[0])) parts.shift();
  return parts.length > 1 ? parts[0] : undefined;
}
