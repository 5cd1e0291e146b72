/** Picks a locale's text, falling back to Finnish. Kept apart so browser code does not pull in zod. */
export function tr(text: { fi: string; en?: string | undefined }, locale: string): string {
  return (text as Record<string, string | undefined>)[locale.split('-')[0] ?? 'fi'] ?? text.fi;
}
