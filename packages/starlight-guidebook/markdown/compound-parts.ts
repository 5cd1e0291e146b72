import { defineHastPlugin, type HastPluginEntry } from 'satteri';

/**
 * Pagefind stems words but does not split compounds, so a search for "kasvi" (plant) would miss
 * "hyötykasvi". For every word that contains one of the given parts after its start, this
 * adds the tail (e.g. "kasvin" from "hyötykasvin") to a hidden block that Pagefind indexes
 * and that neither sighted readers nor screen readers meet.
 */
export function compoundTails(text: string, parts: readonly string[]): Set<string> {
  const tails = new Set<string>();
  // Each distinct word once: a page repeats most of its words.
  for (const word of new Set(text.toLocaleLowerCase('fi').match(/[\p{L}-]+/gu) ?? [])) {
    for (const part of parts) {
      const at = word.indexOf(part, 1);
      if (at > 0) tails.add(word.slice(at).replace(/^-/, ''));
    }
  }
  return tails;
}

/** hast plugin: the hidden block of compound tails at the end of each page. */
export function compoundParts(options: { parts: readonly string[] }): HastPluginEntry {
  const parts = options.parts.map((p) => p.toLocaleLowerCase('fi'));
  if (parts.length === 0) return undefined;
  return defineHastPlugin({
    name: 'guidebook-compound-parts',
    after(root, ctx) {
      // The page's text as one string, read in one call (blocks are separated by newlines).
      const tails = compoundTails(ctx.textContent(root), parts);
      if (tails.size === 0) return;
      ctx.appendChild(root, {
        type: 'element',
        tagName: 'div',
        properties: { hidden: true, ariaHidden: 'true', dataCompoundParts: '' },
        children: [{ type: 'text', value: [...tails].sort().join(' ') }],
      });
    },
  });
}
