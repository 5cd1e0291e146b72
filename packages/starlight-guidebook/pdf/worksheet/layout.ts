import { translator } from '../../translations/index.ts';
import type { WorksheetDefinition } from '../../worksheets/schema.ts';
import { maybeText, paragraphs, pickText } from '../../worksheets/text.ts';
import { bodyHeight, ensureRoom, rule, textBlock, textHeight } from '../layout.ts';
import { type } from '../theme.ts';
import type { SheetContext } from './context.ts';
import { drawField, drawRatingGrid, fieldStart, NAME_ROW, nameAndDate, ratingGridStart, ratingRuns } from './fields.ts';

export interface SheetOptions {
  /** Address of the worksheet's page on the site, printed as "fill in online at …". */
  pageUrl?: string | undefined;
  /** Heading level of the title: 1 in a worksheet file, 2 inside a book chapter. */
  level?: 1 | 2;
  /** Room the last question keeps below it for what follows on its page (a closing source note). */
  keepAfter?: number;
  /** Called for the title (level 1) and each section's title (level 2) where it is laid out. */
  onHeading?: ((level: 1 | 2, text: string) => void) | undefined;
}

/** A section's head: space above, the title and a short rule under it, the help paragraphs. */
const head = { above: 4, title: { font: 'bold', size: type.h3 + 1 }, titleGap: 3, belowRule: 8, helpGap: 6 } as const;

/** Height of a section's head as renderWorksheet draws it. */
function sectionHeadHeight(ctx: SheetContext, title: string, help: string[]): number {
  return (
    head.above +
    textHeight(ctx, title, head.title) +
    head.titleGap +
    head.belowRule +
    help.reduce((sum, p) => sum + textHeight(ctx, p) + head.helpGap, 0)
  );
}

/** Lays out a whole worksheet from the current page on: title, intro, sections, fields. */
export function renderWorksheet(sheet: WorksheetDefinition, ctx: SheetContext, options: SheetOptions = {}): void {
  const { doc, locale, theme } = ctx;
  const level = options.level ?? 1;
  // The kicker, the title and the start of the intro stay together (a worksheet placed low on a
  // page of a hand-out starts on the next one).
  ensureRoom(ctx, 110);
  textBlock(ctx, 'P', translator(locale)('guidebook.pdf.worksheet').toUpperCase(), {
    font: 'bold',
    size: type.small,
    color: theme.accent,
    characterSpacing: 1.2,
    gap: 4,
  });
  options.onHeading?.(1, pickText(sheet.title, locale));
  textBlock(ctx, `H${level}`, pickText(sheet.title, locale), {
    font: 'bold',
    size: level === 1 ? type.h1 : type.h2 + 3,
    color: theme.accent,
    gap: 8,
  });
  for (const p of paragraphs(pickText(sheet.intro, locale))) textBlock(ctx, 'P', p, { gap: 6 });
  const instructions = maybeText(sheet.instructions, locale);
  if (instructions) for (const p of paragraphs(instructions)) textBlock(ctx, 'P', p, { font: 'italic', gap: 6 });
  if (options.pageUrl) {
    textBlock(ctx, 'P', `${translator(locale)('guidebook.pdf.fillOnline')}: ${options.pageUrl}`, {
      size: type.small,
      color: theme.muted,
      gap: 6,
    });
  }
  doc.y += 4;
  ensureRoom(ctx, NAME_ROW);
  nameAndDate(ctx);
  for (const section of sheet.sections) {
    const title = pickText(section.title, locale);
    const help = paragraphs(maybeText(section.help, locale) ?? '');
    const runs = ratingRuns(section.fields);
    // Keep the section's title and help with the start of its first field: never a title alone at a page's foot.
    const first = runs[0];
    const firstStart = !first ? 0 : Array.isArray(first) ? ratingGridStart(first, ctx) : fieldStart(first, ctx);
    ensureRoom(ctx, Math.min(bodyHeight, sectionHeadHeight(ctx, title, help) + firstStart));
    doc.y += head.above;
    options.onHeading?.(2, title);
    textBlock(ctx, `H${level + 1}`, title, { ...head.title, color: theme.accent, gap: head.titleGap });
    rule(ctx, doc.y, theme.accent, 1.2, ctx.x, 36);
    doc.y += head.belowRule;
    for (const p of help) textBlock(ctx, 'P', p, { color: theme.muted, gap: head.helpGap });
    for (const run of runs) {
      const last = section === sheet.sections.at(-1) && run === runs.at(-1);
      if (last && options.keepAfter) {
        const start = Array.isArray(run) ? ratingGridStart(run, ctx) : fieldStart(run, ctx);
        ensureRoom(ctx, Math.min(bodyHeight, start + options.keepAfter));
      }
      if (Array.isArray(run)) drawRatingGrid(run, ctx);
      else drawField(run, ctx);
    }
  }
}
