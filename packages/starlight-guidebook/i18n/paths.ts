/** Site-relative address of a page in a locale: `/base/en/slug/` or `/base/slug/` for the root locale. */
export function localePath(base: string, locale: string | undefined, slug: string): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const clean = slug.replace(/^\/+/, '');
  return `${prefix}${locale ? `${locale}/` : ''}${clean}`;
}

/** A page's slug without its locale folder: `en/garden/soil` -> `garden/soil`, `en` -> ``. */
export function slugWithoutLocale(slug: string, locale: string | undefined): string {
  if (!locale) return slug;
  return slug === locale ? '' : slug.replace(new RegExp(`^${locale}/`), '');
}
