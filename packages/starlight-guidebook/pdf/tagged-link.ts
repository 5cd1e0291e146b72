import type { Doc } from './document.ts';

/**
 * Link annotations in the structure tree, what pdfkit 0.20 leaves half done (PDF/UA-1 7.18.5: a
 * link annotation belongs to a `Link` structure element, through an object reference (`OBJR`) from
 * the element and `StructParent` on the annotation, and says where it leads in `Contents`).
 *
 * pdfkit's public `annotate()` takes a `structParent` and then writes both references; its text
 * layout passes one only for `link` (web addresses) drawn inside a `Link` element, and with an
 * empty `Contents`, and never for `goTo` (a place in the same PDF). So, while `draw` lays out the
 * link's text inside a new `Link` element, every link annotation pdfkit makes (one per line the
 * text wraps onto) is given that element and the description. The annotation is written the moment
 * it is made, so this is the only point where the keys can be added.
 *
 * pdfkit names the page of each object reference (`OBJR` `Pg`) when the element is written, as the
 * page the document is on then: for a link whose text runs over a page break, the first line's
 * annotation would name the next page. The element therefore writes each reference with the page
 * its annotation was made on.
 */
export type StructElement = ReturnType<Doc['struct']>;

type Annotate = (x: number, y: number, w: number, h: number, options: Record<string, unknown>) => Doc;
interface PdfkitInternals {
  annotate: Annotate;
  page: { dictionary: unknown; annotations: unknown[] };
}
/** pdfkit's element internals: `_flushChild` writes one child into the element's `K`. */
interface ElementInternals {
  dictionary: { data: { K: unknown[] } };
  _flushChild(child: unknown): void;
}

export function taggedLink(doc: Doc, parent: StructElement, description: string, draw: () => void): StructElement {
  const element = doc.struct('Link');
  // Added before its content is drawn: an attached parent then runs `draw` at once, in order.
  parent.add(element);
  const target = doc as unknown as PdfkitInternals;
  const pageOf = new Map<unknown, unknown>();
  const annotate = target.annotate;
  target.annotate = function (this: Doc, x, y, w, h, options) {
    if (options.Subtype !== 'Link') return annotate.call(this, x, y, w, h, options);
    // pdfkit writes a JavaScript String object as a PDF text string, a plain string as a name.
    const result = annotate.call(this, x, y, w, h, {
      ...options,
      structParent: element,
      Contents: new String(description),
    });
    pageOf.set(target.page.annotations.at(-1), target.page.dictionary);
    return result;
  };
  const internals = element as unknown as ElementInternals;
  const flushChild = internals._flushChild;
  internals._flushChild = function (this: ElementInternals, child: unknown) {
    const annotation = (child as { annotationRef?: unknown }).annotationRef;
    const page = pageOf.get(annotation);
    if (page) this.dictionary.data.K.push({ Type: 'OBJR', Obj: annotation, Pg: page });
    else flushChild.call(this, child);
  };
  try {
    element.add(draw);
  } finally {
    target.annotate = annotate;
  }
  element.end();
  return element;
}
