import type { RootContent } from 'mdast';
import type { PrintTranslate } from '../translations/site.ts';

/**
 * The print form of an MDX component: how it appears in a PDF book.
 *
 * Every component used in MDX must have one, or the PDF build fails naming the file and the
 * component. A component `src/components/Name.astro` declares its print form in a sibling
 * `src/components/Name.print.ts` whose default export is a `PrintForm`; Starlight's own
 * components have theirs under `src/pdf/print-forms/`.
 *
 * A print form turns the component into ordinary Markdown nodes (paragraphs, lists, tables,
 * headings, images, block quotes), which the PDF renderer already lays out, or into a
 * `worksheet` block, which the renderer lays out as printable worksheet pages.
 */
export interface PrintContext {
  /** Locale of the page, e.g. `fi` or `en`. */
  locale: string;
  /** Material slug (first folder under content/docs), if the page belongs to one. */
  material: string | undefined;
  /** Public address of the page, for "fill this in online at …" notes. */
  pageUrl: string;
  /** Project-relative path of the MDX file, for error messages. */
  file: string;
  /**
   * The page's interface strings, as `Astro.locals.t` gives them to the component on the page: the
   * engine's and the guide's own (`content/i18n/<lang>.json`), so a component and its print form
   * say the same words from the same file.
   */
  t: PrintTranslate;
}

/** Attribute values of the JSX element; expressions are given as their source text. */
export type PrintProps = Record<string, string | boolean | undefined>;

export type PrintBlock = RootContent | { type: 'worksheet'; id: string };

export type PrintForm = (props: PrintProps, children: RootContent[], context: PrintContext) => PrintBlock[];
