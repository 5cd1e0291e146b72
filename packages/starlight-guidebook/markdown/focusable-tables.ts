import { defineHastPlugin, type HastPluginDefinition } from 'satteri';

/**
 * Starlight lets wide tables scroll sideways on small screens. A scrolling region must be
 * reachable with the keyboard (WCAG 2.1.1; axe `scrollable-region-focusable`), so every
 * Markdown table joins the tab order.
 */
export function focusableTables(): HastPluginDefinition {
  return defineHastPlugin({
    name: 'guidebook-focusable-tables',
    element: {
      filter: ['table'],
      visit(node, ctx) {
        ctx.setProperty(node, 'tabIndex', 0);
      },
    },
  });
}
