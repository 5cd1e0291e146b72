import type { SiteConfig } from './site-config.ts';

/**
 * The site's colours from the config, as Starlight's CSS custom properties, and its host name,
 * which print.css puts before the address of an internal link on paper. The low and high shades
 * Starlight wants besides the accent are mixed from the configured accents (towards black or
 * white), so no colour of any one guidebook is written here.
 */
export function themeCss(config: SiteConfig): string {
  const { accent, accentDark, accentLight } = config.colours;
  return `:root {
  --guidebook-site-host: ${JSON.stringify(new URL(config.url).host)};
  --sl-color-accent-low: color-mix(in srgb, ${accentDark} 20%, #000);
  --sl-color-accent: ${accentDark};
  --sl-color-accent-high: color-mix(in srgb, ${accentDark} 20%, #fff);
}
:root[data-theme='light'] {
  --sl-color-accent-low: ${accentLight};
  --sl-color-accent: ${accent};
  --sl-color-accent-high: color-mix(in srgb, ${accent} 55%, #000);
}
`;
}
