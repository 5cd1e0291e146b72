import type { StarlightUserConfig } from '@astrojs/starlight/types';
import { pick, type SiteConfig } from './site-config.ts';

/** Starlight's `label` + `translations` for a text given per locale. */
function labelled(text: Record<string, string>, rootLocale: string) {
  const { [rootLocale]: label = '', ...translations } = text;
  return { label, translations };
}

/** Builds Starlight's options from the site config, so `astro.config.mjs` stays generic. */
export function starlightOptions(config: SiteConfig): StarlightUserConfig {
  const [root, ...others] = config.locales;
  if (!root) throw new Error('site.config.ts: locales: at least one locale is needed');
  const rootCode = root.code;
  const t = (fi: string, en: string) => ({ [rootCode]: fi, en });

  return {
    title: config.title,
    description: pick(config.description, rootCode),
    defaultLocale: 'root',
    locales: {
      root: { label: root.label, lang: root.code },
      ...Object.fromEntries(others.map((l) => [l.code, { label: l.label, lang: l.code }])),
    },
    ...(config.logo ? { logo: { src: config.logo.src, alt: pick(config.logo.alt, rootCode) } } : {}),
    customCss: ['virtual:guidebook/theme.css', './src/styles/site.css', './src/styles/print.css'],
    lastUpdated: false,
    pagination: true,
    tableOfContents: { minHeadingLevel: 2, maxHeadingLevel: 3 },
    components: {
      Footer: './src/components/overrides/Footer.astro',
    },
    sidebar: [
      {
        ...labelled(t('Sinulle', 'For you'), rootCode),
        items: [{ slug: 'tyonantajalle' }, { slug: 'valmentajalle' }, { slug: 'kokeilijalle' }],
      },
      ...config.materials.map((material) => ({
        ...labelled(material.title, rootCode),
        items: [{ autogenerate: { directory: material.slug } }],
      })),
      {
        ...labelled(t('Tietoa', 'About'), rootCode),
        items: [
          { slug: 'hanke' },
          { slug: 'lataukset' },
          { slug: 'lisenssi' },
          { slug: 'tietosuoja' },
          { slug: 'saavutettavuus' },
        ],
      },
    ],
  };
}
