/**
 * The page and type design of every PDF: A4, generous margins, one accent colour from the site
 * config. All sizes in PostScript points (1/72 in).
 */
export interface PdfTheme {
  accent: string;
  accentLight: string;
  text: string;
  muted: string;
  rule: string;
  writingLine: string;
}

export const page = {
  size: 'A4' as const,
  width: 595.28,
  height: 841.89,
  margin: { top: 78, bottom: 74, left: 66, right: 66 },
  /** Baselines of the running header and footer. */
  headerY: 40,
  footerY: 796,
};

export const contentWidth = page.width - page.margin.left - page.margin.right;

export const type = {
  body: 10.5,
  small: 8.5,
  h1: 22,
  h2: 15,
  h3: 12.5,
  h4: 11,
  lineGap: 2.5,
  paragraphGap: 7,
};

export function themeFrom(colours: { accent: string; accentLight: string }): PdfTheme {
  return {
    accent: colours.accent,
    accentLight: colours.accentLight,
    text: '#1d1d1f',
    muted: '#555b61',
    rule: '#9aa3a8',
    writingLine: '#a9b1b6',
  };
}
