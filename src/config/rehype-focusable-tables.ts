import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * Starlight lets wide tables scroll sideways on small screens. A scrolling region must be
 * reachable with the keyboard (WCAG 2.1.1; axe `scrollable-region-focusable`), so every
 * Markdown table joins the tab order.
 */
export function rehypeFocusableTables() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName === 'table') node.properties.tabIndex = 0;
    });
  };
}
