/**
 * The social preview card of a page as a satori element tree (plain objects, no JSX):
 * the page title large, the material above it, the site name and address below.
 */
export interface CardInput {
  title: string;
  /** Material or section name; omitted on pages outside a material. */
  kicker?: string | undefined;
  siteName: string;
  siteUrl: string;
  accent: string;
  accentLight: string;
}

export interface SatoriNode {
  type: string;
  props: {
    style?: Record<string, string | number>;
    children?: (SatoriNode | string)[] | SatoriNode | string | undefined;
  };
}

const el = (
  type: string,
  style: Record<string, string | number>,
  children: SatoriNode['props']['children'],
): SatoriNode => ({
  type,
  props: { style, children },
});

export const cardSize = { width: 1200, height: 630 } as const;

/** Long titles get a smaller size so they fit in four lines. */
export function titleSize(title: string): number {
  if (title.length <= 40) return 72;
  if (title.length <= 70) return 60;
  return 48;
}

export function cardTree(input: CardInput): SatoriNode {
  return el(
    'div',
    {
      width: cardSize.width,
      height: cardSize.height,
      boxSizing: 'border-box',
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: '64px 72px',
      background: '#ffffff',
      borderTop: `24px solid ${input.accent}`,
      fontFamily: 'Noto Sans',
      color: '#1d1d1f',
    },
    [
      el('div', { display: 'flex', flexDirection: 'column', gap: 24 }, [
        el(
          'div',
          {
            display: 'flex',
            fontSize: 30,
            fontWeight: 700,
            color: input.accent,
            textTransform: 'uppercase',
            letterSpacing: 1,
          },
          input.kicker ?? input.siteName,
        ),
        el(
          'div',
          {
            display: 'flex',
            maxWidth: cardSize.width - 144,
            fontSize: titleSize(input.title),
            fontWeight: 700,
            lineHeight: 1.15,
          },
          input.title,
        ),
      ]),
      el(
        'div',
        {
          display: 'flex',
          justifyContent: 'space-between',
          alignItems: 'center',
          fontSize: 28,
          paddingTop: 24,
          borderTop: `4px solid ${input.accentLight}`,
        },
        [
          el('div', { display: 'flex', fontWeight: 700 }, input.siteName),
          el('div', { display: 'flex', color: '#4a4f55' }, input.siteUrl),
        ],
      ),
    ],
  );
}
