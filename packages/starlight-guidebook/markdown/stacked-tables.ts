import type { Element, ElementContent } from 'hast';
import { defineHastPlugin, type HastPluginDefinition } from 'satteri';

/** Tables with this many columns or more are laid out row by row on narrow screens. */
const MIN_COLUMNS = 3;

const elements = (node: { children?: readonly ElementContent[] }, tag: string): Element[] =>
  (node.children ?? []).filter((c): c is Element => c.type === 'element' && c.tagName === tag);
const cells = (row: Element): Element[] =>
  (row.children ?? []).filter((c): c is Element => c.type === 'element' && (c.tagName === 'th' || c.tagName === 'td'));

/**
 * On a phone a table of three or more columns scrolls sideways, and its last columns are out of
 * sight. Such a table gets the class `stacked-narrow` (site.css shows each row as a block there)
 * and every data cell the name of its column (`data-label`). No ARIA roles: on `table`, `tr`,
 * `th` and `td` they are invalid HTML (the Nu checker), and the browsers keep a table's semantics
 * when its CSS `display` changes (Chromium's accessibility tree is tested at phone width in
 * tests/e2e/site.test.ts).
 */
export function stackedTables(): HastPluginDefinition {
  return defineHastPlugin({
    name: 'guidebook-stacked-tables',
    element: {
      filter: ['table'],
      visit(table, ctx) {
        const head = elements(table, 'thead')[0];
        const headRow = head && elements(head, 'tr')[0];
        if (!headRow) return;
        const labels = cells(headRow).map((c) => ctx.textContent(c).trim());
        if (labels.length < MIN_COLUMNS) return;
        const classes = (table.properties?.className as string[] | undefined) ?? [];
        ctx.setProperty(table, 'className', [...classes, 'stacked-narrow']);
        for (const body of elements(table, 'tbody')) {
          for (const row of elements(body, 'tr')) {
            cells(row).forEach((cell, i) => {
              if (cell.tagName === 'td' && labels[i]) ctx.setProperty(cell, 'dataLabel', labels[i]);
            });
          }
        }
      },
    },
  });
}
