/** Site-relative address of a page in a locale: `/base/en/slug/` or `/base/slug/` for the root locale. */
export function localePath(base: string, locale: string | undefined, slug: string): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const clean = slug.replace(/^\/+/, '');
  return `${prefix}${locale ? `${locale}/` : ''}${clean}`;
}
