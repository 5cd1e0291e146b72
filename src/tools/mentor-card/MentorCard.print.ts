import type { ListItem, PhrasingContent, RootContent, Table, TableCell, TableRow } from 'mdast';
import type { PrintForm } from 'starlight-guidebook/print';

/**
 * In a PDF book the mentor's card stays one page: each section (a level-2 heading and the short
 * paragraphs, lists or tables after it) becomes one row of a two-column table, the list items
 * joined by line breaks. A table whose last column is empty is a form to write in (e.g. contacts):
 * its rows become writing lines, two to a line, so the whole card still fits on one page.
 */

const cell = (children: PhrasingContent[]): TableCell => ({ type: 'tableCell', children });
const row = (cells: TableCell[]): TableRow => ({ type: 'tableRow', children: cells });

/** The inline content of a list item (its paragraphs, one after another). */
function itemPhrasing(item: ListItem): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (const child of item.children) {
    if (child.type === 'paragraph') {
      if (out.length > 0) out.push({ type: 'text', value: ' ' });
      out.push(...child.children);
    }
  }
  return out;
}

/** Body rows whose last cell is empty: a table meant to be filled in by hand. */
function isWritingTable(table: Table): boolean {
  const body = table.children.slice(1);
  return body.length > 0 && body.every((r) => (r.children.at(-1)?.children.length ?? 0) === 0);
}

/** Lines of a block, each a list of inline nodes; undefined if the block cannot be flattened. */
function linesOf(node: RootContent): PhrasingContent[][] | undefined {
  switch (node.type) {
    case 'paragraph':
      return [node.children];
    case 'list':
      return node.children.map((item, i) => [
        { type: 'text', value: node.ordered ? `${(node.start ?? 1) + i}. ` : '• ' },
        ...itemPhrasing(item),
      ]);
    case 'table': {
      const body = node.children.slice(1);
      if (isWritingTable(node)) {
        // Two blanks to a line, to keep the card on one page.
        const blanks = body.map((r): PhrasingContent[] => [
          ...(r.children[0]?.children ?? []),
          { type: 'text', value: `: ${'_'.repeat(18)}` },
        ]);
        const pairs: PhrasingContent[][] = [];
        for (let i = 0; i < blanks.length; i += 2) {
          pairs.push([...(blanks[i] ?? []), { type: 'text', value: '   ' }, ...(blanks[i + 1] ?? [])]);
        }
        return pairs;
      }
      return body.map((r) =>
        r.children.flatMap((c, i) => (i === 0 ? c.children : [{ type: 'text' as const, value: ' – ' }, ...c.children])),
      );
    }
    default:
      return undefined;
  }
}

const printForm: PrintForm = (_props, children) => {
  const rows: TableRow[] = [];
  const kept: RootContent[] = [];
  let title: PhrasingContent[] | undefined;
  let lines: PhrasingContent[][] = [];

  const flush = () => {
    if (title && lines.length > 0) {
      const joined = lines.flatMap((line, i) => (i === 0 ? line : [{ type: 'break' as const }, ...line]));
      rows.push(row([cell([{ type: 'strong', children: title }]), cell(joined)]));
    }
    lines = [];
  };

  for (const node of children) {
    if (node.type === 'heading' && node.depth === 2) {
      flush();
      title = node.children;
      continue;
    }
    const flat = title ? linesOf(node) : undefined;
    if (flat) lines.push(...flat);
    else kept.push(node);
  }
  flush();

  // A table of labelled rows: no header row; each section's title heads its row (TH, Scope Row),
  // as a reader sees it (src/pdf/book/blocks.ts, TableReading).
  const summary: Table = {
    type: 'table',
    align: [null, null],
    children: rows,
    data: { headerRow: false, rowHeaders: true } as Table['data'],
  };
  return rows.length > 0 ? [summary, ...kept] : children;
};

export default printForm;
