import type { Blockquote, List, RootContent } from 'mdast';
import { type GuidebookKey, tableFor, translator } from '../../translations/index.ts';
import type { PrintForm } from '../print-form.ts';
import { paragraph, prop, strong, text } from './helpers.ts';

/**
 * Print forms of Starlight's components (`@astrojs/starlight/components`). Each returns ordinary
 * Markdown nodes that the book renderer already lays out; docs/PDF.md describes them.
 */

/** An aside's label when it has no title of its own ("Note", "Tip", …); an unknown kind is a note. */
export function asideLabel(kind: string, locale: string): string {
  const key = `guidebook.aside.${kind}`;
  return translator(locale)(key in tableFor(locale) ? (key as GuidebookKey) : 'guidebook.aside.note');
}

/** An aside becomes a block quote marked as a boxed note (`data.aside`), with its title. */
export function asideBlock(
  kind: string,
  title: string | undefined,
  children: RootContent[],
  locale: string,
): Blockquote {
  return {
    type: 'blockquote',
    data: { aside: kind, title: title ?? asideLabel(kind, locale) } as Blockquote['data'],
    children: children as Blockquote['children'],
  };
}

const Aside: PrintForm = (props, children, ctx) => [
  asideBlock(prop(props, 'type') ?? 'note', prop(props, 'title'), children, ctx.locale),
];

/** Steps wraps an ordered list: it prints as that numbered list. */
const Steps: PrintForm = (_props, children) =>
  children.map((c) => (c.type === 'list' ? ({ ...c, ordered: true, start: c.start ?? 1 } as List) : c));

/** A card: its title in bold, then its content. */
const Card: PrintForm = (props, children) => {
  const title = prop(props, 'title');
  return [...(title ? [paragraph(strong(title))] : []), ...children];
};

/** Layout only: the children print one after another. */
const passThrough: PrintForm = (_props, children) => children;

/** A link card: title, description and the visible address. */
const LinkCard: PrintForm = (props) => {
  const title = prop(props, 'title') ?? prop(props, 'href') ?? '';
  const href = prop(props, 'href');
  const description = prop(props, 'description');
  return [
    paragraph(
      href ? { type: 'link', url: href, children: [strong(title)] } : strong(title),
      ...(description ? [text(` – ${description}`)] : []),
    ),
  ];
};

/** A link button: a link with its visible address. */
const LinkButton: PrintForm = (props, children) => {
  const href = prop(props, 'href') ?? '';
  const label = children.length > 0 ? children : [paragraph(text(href))];
  const inline = label.flatMap((c) => (c.type === 'paragraph' ? c.children : []));
  return [paragraph({ type: 'link', url: href, children: inline.length ? inline : [text(href)] })];
};

/**
 * Tabs print every tab one after another; each tab's label is a bold line (kept with what follows,
 * see the book's lead lines). A tab that opens with a worksheet prints without it: the worksheet's
 * own title names it, and a label like "Task" above a form starting on a new page would be stray.
 */
const TabItem: PrintForm = (props, children) => {
  const label = prop(props, 'label');
  const opensWithWorksheet = (children[0]?.type as string) === 'worksheet';
  return [...(label && !opensWithWorksheet ? [paragraph(strong(label))] : []), ...children];
};

/** A badge is a word in brackets inside the text. */
const Badge: PrintForm = (props) => {
  const t = prop(props, 'text');
  return t ? [text(` [${t}]`)] : [];
};

/** Icons are decoration: nothing on paper. */
const Icon: PrintForm = () => [];

export const starlightPrintForms: Record<string, PrintForm> = {
  Aside,
  Steps,
  Card,
  CardGrid: passThrough,
  LinkCard,
  LinkButton,
  Tabs: passThrough,
  TabItem,
  Badge,
  Icon,
  FileTree: passThrough,
};
