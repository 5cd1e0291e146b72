import { euBlue, euFlag, euYellow } from '../emblem/eu-flag.ts';
import { pickText } from '../i18n/pick-text.ts';
import { translator } from '../translations/index.ts';
import { artifact, type Doc } from './document.ts';
import { statementFont } from './fonts.ts';
import { tagged } from './layout.ts';
import type { PdfSite } from './site.ts';
import { page } from './theme.ts';

/**
 * The funder's emblem with its statement (site config `fundingEmblem`), drawn as vector paths from
 * the same geometry as the web's SVG (emblem/eu-flag.ts). On a cover it is content: the flag a
 * Figure with alt text and the statement a paragraph. In a page's header it is page furniture like
 * the rest of the header, an artifact.
 */
export interface EmblemOptions {
  x: number;
  /** Top of the flag. */
  y: number;
  /** The flag's height; the statement's size follows it (the rules ask for proportion). */
  height: number;
  /** Colour of the statement: Reflex Blue, black or white by the background (Annex IX 1.6). */
  textColor?: string;
  as: 'content' | 'artifact';
}

/** Width the emblem with its statement takes at a height (to right-align it). */
export function emblemWidth(doc: Doc, site: PdfSite, locale: string, height: number): number {
  const statement = statementOf(site, locale);
  if (!statement) return 0;
  doc.font(statementFont.name).fontSize(statementSize(height));
  return euFlag(height).width + gap(height) + doc.widthOfString(statement);
}

const statementSize = (height: number) => Math.max(6.5, height * 0.42);
const gap = (height: number) => height * 0.3;

function statementOf(site: PdfSite, locale: string): string | undefined {
  const emblem = site.config.fundingEmblem;
  return emblem ? pickText(emblem.statement, locale) : undefined;
}

/** Draws the emblem and its statement; returns the bottom of the drawing (or `y` if the site has none). */
export function drawFundingEmblem(doc: Doc, site: PdfSite, locale: string, options: EmblemOptions): number {
  const statement = statementOf(site, locale);
  if (!statement) return options.y;
  const { x, y, height } = options;
  if (options.as === 'artifact') artifact(doc, () => paintEmblem(doc, statement, x, y, height, options.textColor));
  else {
    tagged(doc, 'Figure', () => paintFlag(doc, x, y, height), { alt: translator(locale)('guidebook.pdf.euEmblem') });
    tagged(doc, 'P', () => paintStatement(doc, statement, x, y, height, options.textColor));
  }
  return y + height;
}

/**
 * The emblem at the right of a file's first header (files without a cover: worksheets, hand-outs),
 * for `drawFrame`'s `headerAside`. The header is an artifact already, so this paints unmarked.
 */
export function headerEmblem(doc: Doc, site: PdfSite, locale: string, firstPage: number) {
  const statement = statementOf(site, locale);
  const height = 13;
  return (pageIndex: number) =>
    statement && pageIndex === firstPage
      ? {
          width: emblemWidth(doc, site, locale, height),
          draw: (x: number) => paintEmblem(doc, statement, x, page.headerY - 3, height),
        }
      : undefined;
}

function paintFlag(doc: Doc, x: number, y: number, height: number): void {
  const flag = euFlag(height);
  doc.save();
  doc.rect(x, y, flag.width, flag.height).fill(euBlue);
  for (const star of flag.stars) {
    const [first, ...rest] = star;
    if (!first) continue;
    doc.moveTo(x + first[0], y + first[1]);
    for (const [px, py] of rest) doc.lineTo(x + px, y + py);
    doc.closePath();
  }
  doc.fill(euYellow);
  doc.restore();
}

function paintStatement(doc: Doc, statement: string, x: number, y: number, height: number, color = euBlue): void {
  const size = statementSize(height);
  doc.font(statementFont.name).fontSize(size).fillColor(color);
  // Beside the emblem, centred on its middle, without touching it (Annex IX 1.4).
  doc.text(statement, x + euFlag(height).width + gap(height), y + (height - size * 1.17) / 2, { lineBreak: false });
}

function paintEmblem(doc: Doc, statement: string, x: number, y: number, height: number, color?: string): void {
  paintFlag(doc, x, y, height);
  paintStatement(doc, statement, x, y, height, color);
}
