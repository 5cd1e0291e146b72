import { describe, expect, it } from 'vitest';
import { addInlineScriptHashes, sha256 } from '../../src/csp/inline-hashes.ts';

const page = (policy: string, body: string) =>
  `<html><head><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body></html>`;

describe('addInlineScriptHashes', () => {
  it('adds the hash of an inline script that the policy does not allow yet', () => {
    const script = 'window.x = 1;';
    const { html, added } = addInlineScriptHashes(
      page("default-src 'self'; script-src 'self'", `<script>${script}</script>`),
    );
    expect(added).toBe(1);
    expect(html).toContain(`script-src 'self' ${sha256(script)}`);
  });

  it('leaves scripts with a src, JSON data and already hashed scripts alone', () => {
    const known = 'known();';
    const input = page(
      `script-src 'self' ${sha256(known)}`,
      `<script src="/a.js"></script><script type="application/ld+json">{}</script><script>${known}</script>`,
    );
    expect(addInlineScriptHashes(input)).toEqual({ html: input, added: 0 });
  });

  it('changes nothing on a page without a policy', () => {
    const input = '<html><script>x()</script></html>';
    expect(addInlineScriptHashes(input)).toEqual({ html: input, added: 0 });
  });

  it('adds a script-src when the policy has none', () => {
    const { html } = addInlineScriptHashes(page("default-src 'self'", '<script>y()</script>'));
    expect(html).toContain(`default-src 'self'; script-src 'self' ${sha256('y()')}`);
  });

  it('hashes the exact text, so a changed script is not allowed by an old hash', () => {
    expect(sha256('a()')).not.toBe(sha256('a() '));
  });
});
