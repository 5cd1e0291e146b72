/** `/en/garden/` -> `en/garden`, `/` -> `index`: one card per page, named after the page's address. */
export function cardSlug(pathname: string, base: string): string {
  const withoutBase = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\//, '');
  const slug = withoutBase.replace(/^\/+|\/+$/g, '').replace(/\/index\.html$|^index\.html$/, '');
  return slug === '' ? 'index' : slug;
}

export function cardPath(slug: string): string {
  return `og/${slug}.png`;
}
