import type { AstroIntegration } from 'astro';
import type { SiteConfig } from './config/site-config.ts';
import type { PdfManifest } from './pdf/paths.ts';

const MANIFEST_ID = 'virtual:guidebook/pdf-manifest';

/**
 * The PDF step. It runs after Starlight: the PDFs are made from the sources (MDX trees and
 * worksheet definitions), written to dist/pdf/, and listed in a manifest that PdfLink and the
 * downloads page read through `virtual:guidebook/pdf-manifest`.
 */
export function guidebookPdf(siteConfig: SiteConfig): AstroIntegration {
  let manifest: PdfManifest = { generated: false, entries: [] };
  return {
    name: 'guidebook-pdf',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'guidebook-pdf-manifest',
                resolveId: (id: string) => (id === MANIFEST_ID ? `\0${MANIFEST_ID}` : undefined),
                load: (id: string) =>
                  id === `\0${MANIFEST_ID}` ? `export default ${JSON.stringify(manifest)};` : undefined,
              },
            ],
          },
        });
        void siteConfig;
      },
    },
  };
}
