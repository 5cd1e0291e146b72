import { createHash } from 'node:crypto';

const cspMeta = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/;

const inline = {
  'script-src': /<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g,
  'style-src': /<style[^>]*>([\s\S]*?)<\/style>/g,
} as const;
type Directive = keyof typeof inline;

/**
 * The same few inline scripts and styles (Starlight's theme provider, the sidebar's state …) are on
 * every page: each text is hashed once a build (bounded, in case a site inlines a different one
 * on every page).
 */
const hashed = new Map<string, string>();

export const sha256 = (text: string) => {
  let hash = hashed.get(text);
  if (hash === undefined) {
    hash = `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
    if (hashed.size > 2000) hashed.clear();
    hashed.set(text, hash);
  }
  return hash;
};

function addToDirective(policy: string, general: Directive, hashes: string[]): string {
  // Where the policy scopes sources to elements (`style-src-elem`), elements obey only that one.
  const directive = new RegExp(`(^|;\\s*)${general}-elem\\s`).test(policy) ? `${general}-elem` : general;
  const existing = new RegExp(`(^|;\\s*)${directive}\\s([^;]*)`);
  if (existing.test(policy)) {
    return policy.replace(
      existing,
      (_all, lead: string, sources: string) => `${lead}${directive} ${sources.trim()} ${hashes.join(' ')}`,
    );
  }
  return `${policy}; ${directive} 'self' ${hashes.join(' ')}`;
}

/**
 * Astro hashes the scripts and styles it bundles, but not `is:inline` scripts (Starlight's theme
 * provider, the search shortcut) nor the small component styles it inlines into pages made from
 * MDX. This adds the hash of every inline script and style element of a built page to its CSP,
 * so the policy stays free of 'unsafe-inline'. Only what the built file holds is allowed;
 * anything injected later is still blocked.
 */
export function addInlineHashes(html: string): { html: string; added: number } {
  const meta = cspMeta.exec(html);
  if (!meta) return { html, added: 0 };
  let policy = meta[2] ?? '';
  let added = 0;
  for (const directive of Object.keys(inline) as Directive[]) {
    const missing = new Set<string>();
    for (const match of html.matchAll(inline[directive])) {
      const body = match[1] ?? '';
      if (body.trim() === '' || /type="application\/(ld\+)?json"/.test(match[0])) continue;
      const hash = sha256(body);
      if (!policy.includes(hash)) missing.add(hash);
    }
    if (missing.size > 0) {
      policy = addToDirective(policy, directive, [...missing]);
      added += missing.size;
    }
  }
  if (added === 0) return { html, added };
  return {
    html: html.replace(cspMeta, (_all, open: string, _policy: string, close: string) => `${open}${policy}${close}`),
    added,
  };
}
