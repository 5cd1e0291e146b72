import { fileURLToPath } from 'node:url';
import type { StarlightUserConfig } from '@astrojs/starlight/types';
import { pick, type SiteConfig } from './site-config.ts';

/** The engine's own files, as absolute paths: any project root can use them. */
const engineFile = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));

/** Starlight's `label` + `translations` for a text given per locale. */
function labelled(text: Record<string, string>, rootLocale: string) {
  const { [rootLocale]: label = '', ...translations } = text;
  return { label, translations };
}

/** Route middleware the plugin registers with Starlight: page material, social-card addresses. */
export const routeMiddleware = [engineFile('./route-middleware.ts'), engineFile('../og/route-middleware.ts')];

/** Starlight's options from the site config, so a project's `astro.config.mjs` stays generic. */
export function starlightOptions(config: SiteConfig): Omit<StarlightUserConfig, 'routeMiddleware'> {
  const [root, ...others] = config.locales;
  if (!root) throw new Error('site.config.ts: locales: at least one locale is needed');
  const rootCode = root.code;
  const group = (g: SiteConfig['sidebar']['before'][number]) => ({
    ...labelled(g.label, rootCode),
    items: g.items.map((slug) => ({ slug })),
  });

  return {
    title: config.title,
    description: pick(config.description, rootCode),
    defaultLocale: 'root',
    locales: {
      root: { label: root.label, lang: root.code },
      ...Object.fromEntries(others.map((l) => [l.code, { label: l.label, lang: l.code }])),
    },
    ...(config.logo
      ? {
          logo: {
            src: config.logo.src,
            alt: pick(config.logo.alt, rootCode),
            replacesTitle: config.logo.replacesTitle,
          },
        }
      : {}),
    favicon: config.favicon,
    customCss: ['virtual:guidebook/theme.css', engineFile('../styles/site.css'), engineFile('../styles/print.css')],
    lastUpdated: false,
    ...(config.codeHighlighting ? {} : { expressiveCode: false }),
    pagination: true,
    tableOfContents: { minHeadingLevel: 2, maxHeadingLevel: 3 },
    components: {
      Banner: engineFile('../components/overrides/Banner.astro'),
      Footer: engineFile('../components/overrides/Footer.astro'),
    },
    sidebar: [
      ...config.sidebar.before.map(group),
      ...config.materials.map((material) => ({
        ...labelled(material.title, rootCode),
        // Five long materials: only the reader's current one opens by itself.
        collapsed: true,
        items: [{ autogenerate: { directory: material.slug } }],
      })),
      ...config.sidebar.after.map(group),
    ],
  };
}
