import type { SiteConfig } from './site-config.ts';

/**
 * The site's colours from the config, as Starlight's CSS custom properties, and its host name,
 * which print.css puts before the address of an internal link on paper.
 */
export function themeCss(config: SiteConfig): string {
  const { accent, accentDark, accentLight } = config.colours;
  return `:root {
  --guidebook-site-host: ${JSON.stringify(new URL(config.url).host)};
  --sl-color-accent-low: #0d2e36;
  --sl-color-accent: ${accentDark};
  --sl-color-accent-high: #e6f7fa;
}
:root[data-theme='light'] {
  --sl-color-accent-low: ${accentLight};
  --sl-color-accent: ${accent};
  --sl-color-accent-high: #082f38;
}
`;
}
