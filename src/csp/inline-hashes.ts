import { createHash } from 'node:crypto';

const inlineScript = /<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g;
const cspMeta = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/;

export const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * Astro hashes the scripts it bundles, but not `is:inline` ones such as Starlight's theme
 * provider and search shortcut. This adds the hash of every inline script of a built page to
 * its CSP `script-src`, so the policy can stay free of 'unsafe-inline'. Only scripts present in
 * the built file are allowed; anything injected later is still blocked.
 */
export function addInlineScriptHashes(html: string): { html: string; added: number } {
  const meta = cspMeta.exec(html);
  if (!meta) return { html, added: 0 };
  const policy = meta[2] ?? '';
  const missing = new Set<string>();
  for (const match of html.matchAll(inlineScript)) {
    const body = match[1] ?? '';
    if (body.trim() === '' || /type="application\/(ld\+)?json"/.test(match[0])) continue;
    const hash = sha256(body);
    if (!policy.includes(hash)) missing.add(hash);
  }
  if (missing.size === 0) return { html, added: 0 };
  const extra = [...missing].join(' ');
  const updated = /script-src\s/.test(policy)
    ? policy.replace(/script-src\s([^;]*)/, (_all, sources: string) => `script-src ${sources.trim()} ${extra}`)
    : `${policy}; script-src 'self' ${extra}`;
  return { html: html.replace(cspMeta, `$1${updated}$3`), added: missing.size };
}
