import { describe, expect, it } from 'vitest';
import { addInlineHashes, sha256 } from '../../csp/inline-hashes.ts';

const page = (policy: string, body: string) =>
  `<html><head><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body></html>`;

describe('addInlineHashes', () => {
  it('adds the hash of an inline script that the policy does not allow yet', () => {
    const script = 'window.x = 1;';
    const { html, added } = addInlineHashes(
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
    expect(addInlineHashes(input)).toEqual({ html: input, added: 0 });
  });

  it('changes nothing on a page without a policy', () => {
    const input = '<html><script>x()</script></html>';
    expect(addInlineHashes(input)).toEqual({ html: input, added: 0 });
  });

  it('adds a script-src when the policy has none', () => {
    const { html } = addInlineHashes(page("default-src 'self'", '<script>y()</script>'));
    expect(html).toContain(`default-src 'self'; script-src 'self' ${sha256('y()')}`);
  });

  it('hashes the exact text, so a changed script is not allowed by an old hash', () => {
    expect(sha256('a()')).not.toBe(sha256('a() '));
  });
});

describe('inline styles', () => {
  it('adds the hash of an inline style element to style-src, not to script-src', () => {
    const css = '.a{color:red}';
    const { html, added } = addInlineHashes(
      page("script-src 'self'; style-src 'self' 'sha256-x'", `<style>${css}</style>`),
    );
    expect(added).toBe(1);
    expect(html).toContain(`style-src 'self' 'sha256-x' ${sha256(css)}`);
    expect(html).toContain("script-src 'self';");
  });

  it('does not confuse style-src with style-src-attr', () => {
    const css = '.b{}';
    const { html } = addInlineHashes(page("style-src-attr 'unsafe-inline'; style-src 'self'", `<style>${css}</style>`));
    expect(html).toContain(`style-src-attr 'unsafe-inline'; style-src 'self' ${sha256(css)}`);
  });

  it('adds it to style-src-elem where the policy has one (elements obey only that)', () => {
    const css = '.c{}';
    const { html } = addInlineHashes(
      page(
        "style-src 'self'; style-src-elem 'self' 'sha256-x'; style-src-attr 'unsafe-inline'",
        `<style>${css}</style>`,
      ),
    );
    expect(html).toContain(`style-src 'self'; style-src-elem 'self' 'sha256-x' ${sha256(css)}; style-src-attr`);
  });
});
