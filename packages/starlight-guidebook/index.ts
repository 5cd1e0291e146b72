import type { StarlightPlugin } from '@astrojs/starlight/types';
import starlightLinksValidator from 'starlight-links-validator';
import { guidebookConfigChecks } from './config/config-checks.ts';
import { keepContentCache } from './config/keep-content-cache.ts';
import { runLinksValidator } from './config/links-report.ts';
import { guidebookRobots } from './config/robots.ts';
import { defineSiteConfig, type SiteConfig, type SiteConfigInput } from './config/site-config.ts';
import { routeMiddleware, starlightOptions } from './config/starlight-options.ts';
import { guidebookCspInlineHashes } from './csp/integration.ts';
import { guidebookAstroConfig } from './integrations/astro-config.ts';
import { guidebookOffline, webAppHead } from './offline/integration.ts';
import { guidebookOg } from './og/integration.ts';
import { guidebookPdf } from './pdf/integration.ts';
import { guidebookSearch } from './search/integration.ts';
import { translationsFor } from './translations/index.ts';

export { defineSiteConfig, type SiteConfig, type SiteConfigInput };

/**
 * The guidebook generator as a Starlight plugin:
 *
 * ```js
 * starlight({ title: site.title, plugins: [guidebook(site)] })
 * ```
 *
 * It sets Starlight's options from the site config (locales, sidebar of materials, theme CSS, page
 * overrides), checks links with starlight-links-validator, and adds the Astro integrations that
 * make the PDFs and social cards, complete the CSP, write robots.txt, make the site work offline
 * (service worker, web app manifest) and check the config against the project's files. The project's `astro.config.mjs` keeps only what Astro must know before any
 * integration runs (`site`, `base`, `srcDir`).
 */
export default function guidebook(input: SiteConfigInput | SiteConfig): StarlightPlugin {
  const site = defineSiteConfig(input);
  const linksValidator = starlightLinksValidator({
    errorOnFallbackPages: false,
    errorOnInvalidHashes: true,
    // PDFs and social cards are written after the links validator runs.
    exclude: ['/pdf/**', '/og/**'],
    // Read by runLinksValidator, which reports broken links like every other content error.
    reporters: { json: true },
  });
  return {
    name: 'starlight-guidebook',
    hooks: {
      'config:setup'(context) {
        const { addIntegration, addRouteMiddleware, updateConfig } = context;
        // First: pages and logos named in the site config must exist.
        addIntegration(guidebookConfigChecks(site));
        // The project's own head entries stay; the web app manifest's link joins them.
        updateConfig({ ...starlightOptions(site), head: [...(context.config.head ?? []), ...webAppHead(site)] });
        for (const entrypoint of routeMiddleware) addRouteMiddleware({ entrypoint });
        addIntegration(guidebookAstroConfig(site));
        // The links validator empties Astro's content cache as it starts; it is kept around it.
        const contentCache = keepContentCache();
        addIntegration(contentCache.before);
        runLinksValidator(linksValidator, context);
        addIntegration(contentCache.after);
        // PDFs are written once the pages (and Pagefind) are done.
        addIntegration(guidebookPdf(site));
        addIntegration(guidebookOg());
        addIntegration(guidebookCspInlineHashes());
        addIntegration(guidebookRobots(site));
        // Search by base form: page keys before Pagefind reads the pages, the browser's table after.
        addIntegration(guidebookSearch(site));
        // Last: its list of files to keep offline is made from the finished site.
        addIntegration(guidebookOffline(site));
      },
      'i18n:setup'({ injectTranslations }) {
        // The engine's strings for every language of the site, English filling any gap, so
        // `Astro.locals.t('guidebook.…')` never shows a bare key; a guide's content/i18n wins.
        injectTranslations(translationsFor(site.locales.map((l) => l.code)));
      },
    },
  };
}
