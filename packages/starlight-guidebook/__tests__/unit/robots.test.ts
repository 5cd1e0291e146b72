import { describe, expect, it } from 'vitest';
import { robotsTxt } from '../../config/robots.ts';
import { fixtureConfig as siteConfig } from './fixture-site.ts';

describe('robots.txt', () => {
  it('names the sitemap by its full address, under the base path', () => {
    expect(robotsTxt({ ...siteConfig, url: 'https://example.org', base: '/opas' })).toContain(
      'Sitemap: https://example.org/opas/sitemap-index.xml',
    );
    expect(robotsTxt({ ...siteConfig, url: 'https://example.org/', base: '/' })).toContain(
      'Sitemap: https://example.org/sitemap-index.xml',
    );
  });
});
