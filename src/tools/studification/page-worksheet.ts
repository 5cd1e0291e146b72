/** Whether a page's MDX has the form of `worksheet` on it (then a summary need not carry the spec). */
export function pageHasWorksheet(body: string | undefined, worksheet: string): boolean {
  if (!body) return false;
  const id = worksheet.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`<Worksheet\\s+id=["']${id}["']\\s*/>`).test(body);
}
