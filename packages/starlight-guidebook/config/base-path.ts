/**
 * Authors write internal links root-relative (`/guide/roles/`), whatever the site's sub-path.
 * These helpers put the configured base in front, so the same content works at `/` and under
 * `/some/sub-path/` (GitHub Pages project sites, a folder on a shared host).
 */
export function withBase(base: string, url: string): string {
  if (!url.startsWith('/') || url.startsWith('//') || base === '/' || base === '') return url;
  return `${base.replace(/\/+$/, '')}${url}`;
}
