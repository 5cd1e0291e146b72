import type { Element, Root, Text } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * Pagefind stems words but does not split compounds, so a search for "kokeilu" would miss
 * "työkokeilu". For every word that contains one of the given parts after its start, this
 * adds the tail (e.g. "kokeilun" from "työkokeilun") to a hidden block that Pagefind indexes
 * and that neither sighted readers nor screen readers meet.
 */
export function compoundTails(text: string, parts: readonly string[]): Set<string> {
  const tails = new Set<string>();
  for (const word of text.toLocaleLowerCase('fi').match(/[\p{L}-]+/gu) ?? []) {
    for (const part of parts) {
      const at = word.indexOf(part, 1);
      if (at > 0) tails.add(word.slice(at).replace(/^-/, ''));
    }
  }
  return tails;
}

export function rehypeCompoundParts(options: { parts: readonly string[] }) {
  const parts = options.parts.map((p) => p.toLocaleLowerCase('fi'));
  return (tree: Root) => {
    if (parts.length === 0) return;
    let text = '';
    visit(tree, 'text', (node: Text) => {
      text += ` ${node.value}`;
    });
    const tails = compoundTails(text, parts);
    if (tails.size === 0) return;
    const block: Element = {
      type: 'element',
      tagName: 'div',
      properties: { hidden: true, ariaHidden: 'true', dataCompoundParts: '' },
      children: [{ type: 'text', value: [...tails].sort().join(' ') }],
    };
    tree.children.push(block);
  };
}
