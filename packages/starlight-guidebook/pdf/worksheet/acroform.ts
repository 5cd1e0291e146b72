import type { Doc } from '../document.ts';
import { taggedAnnotation } from '../layout.ts';
import type { FieldWidget, FormFields } from './context.ts';
import { WRITING_TEXT_SIZE } from './writing-lines.ts';

/** pdfkit's indirect object: a dictionary written to the file when `end()` is called. */
interface PdfRef {
  data: Record<string, unknown>;
  end(chunk?: string): void;
}
type DocInternals = Doc & {
  ref(data: Record<string, unknown>): PdfRef;
  annotate(x: number, y: number, w: number, h: number, options: Record<string, unknown>): Doc;
  page: { annotations: PdfRef[] };
  _root: PdfRef;
  // pdfkit's own form state: with it, the document's end() writes the fields and the form.
  _acroform: { fonts: Record<string, PdfRef>; defaultFont: string };
};

// pdfkit writes a JavaScript String object as a PDF string (UTF-16 when it needs to), a plain
// string as a PDF name.
const pdfString = (text: string) => new String(text);
const FORM_FONT = 'Helv';
const RADIO = 1 << 15;
const MULTILINE = 1 << 12;
const PRINT = 4;

/** A circle as four Bézier curves. */
function circlePath(cx: number, cy: number, r: number): string {
  const k = r * 0.5523;
  const f = (n: number) => n.toFixed(2);
  return [
    `${f(cx + r)} ${f(cy)} m`,
    `${f(cx + r)} ${f(cy + k)} ${f(cx + k)} ${f(cy + r)} ${f(cx)} ${f(cy + r)} c`,
    `${f(cx - k)} ${f(cy + r)} ${f(cx - r)} ${f(cy + k)} ${f(cx - r)} ${f(cy)} c`,
    `${f(cx - r)} ${f(cy - k)} ${f(cx - k)} ${f(cy - r)} ${f(cx)} ${f(cy - r)} c`,
    `${f(cx + k)} ${f(cy - r)} ${f(cx + r)} ${f(cy - k)} ${f(cx + r)} ${f(cy)} c`,
  ].join(' ');
}

/**
 * The worksheet's fillable form, written by pdfkit while the worksheet is laid out: each widget
 * sits where its box or line is drawn and is tagged as a `Form` element at that point of the
 * structure tree (PDF/UA), so assistive technology meets each field beside its label.
 *
 * Fields use the standard Helvetica (its whole WinAnsi map is available to every reader, so typing
 * a Finnish or Swedish letter always has a glyph; a subset of Noto Sans could lack it, pdfkit issue
 * 1096). Each field carries its label as a tooltip (TU), which is what screen readers announce.
 * Tick boxes and radio buttons get appearance streams (poppler draws no box without them), shared
 * by every widget of the same size and kind; text fields are transparent, so the printed box or
 * writing lines show through.
 */
export function createForm(pdf: Doc): FormFields {
  const doc = pdf as DocInternals;
  const font = doc.ref({ Type: 'Font', Subtype: 'Type1', BaseFont: 'Helvetica', Encoding: 'WinAnsiEncoding' });
  font.end();
  const fields: PdfRef[] = [];
  const acroForm = doc.ref({
    Fields: fields,
    DR: { Font: { [FORM_FONT]: font } },
    DA: pdfString(`/${FORM_FONT} 0 Tf 0 g`),
  });
  doc._root.data.AcroForm = acroForm;
  doc._acroform = { fonts: { [FORM_FONT]: font }, defaultFont: 'Helvetica' };

  const appearances = new Map<string, PdfRef>();
  const appearance = (key: string, w: number, h: number, ops: string): PdfRef => {
    const id = `${key}:${w.toFixed(2)}x${h.toFixed(2)}`;
    let ref = appearances.get(id);
    if (!ref) {
      ref = doc.ref({ Type: 'XObject', Subtype: 'Form', BBox: [0, 0, w, h], Resources: {} });
      // pdfkit writes a stream only when it has content: an empty appearance is one space.
      ref.end(ops || ' ');
      appearances.set(id, ref);
    }
    return ref;
  };
  const onAppearance = (kind: 'checkbox' | 'radio', w: number, h: number): PdfRef => {
    const s = Math.min(w, h);
    const f = (n: number) => n.toFixed(2);
    return kind === 'radio'
      ? appearance('dot', w, h, `0.1 0.1 0.1 rg ${circlePath(w / 2, h / 2, s * 0.28)} f`)
      : appearance(
          'tick',
          w,
          h,
          `0.1 0.1 0.1 RG ${f(s * 0.12)} w 1 J 1 j ${f(w * 0.2)} ${f(h * 0.5)} m ${f(w * 0.42)} ${f(h * 0.25)} l ${f(w * 0.82)} ${f(h * 0.8)} l S`,
        );
  };

  const byName = new Map<string, { ref: PdfRef; kids: PdfRef[]; options: ReturnType<typeof pdfString>[] }>();
  const fieldFor = (widget: FieldWidget) => {
    let field = byName.get(widget.name);
    if (!field) {
      const kids: PdfRef[] = [];
      const options: ReturnType<typeof pdfString>[] = [];
      const data: Record<string, unknown> = {
        FT: widget.kind === 'text' ? 'Tx' : 'Btn',
        T: pdfString(widget.name),
        TU: pdfString(widget.label),
        Kids: kids,
      };
      if (widget.kind === 'text') {
        if (widget.multiline) data.Ff = MULTILINE;
        data.DA = pdfString(`/${FORM_FONT} ${widget.multiline ? WRITING_TEXT_SIZE : 10} Tf 0 g`);
      } else {
        data.V = 'Off';
        if (widget.kind === 'radio') {
          data.Ff = RADIO;
          // Opt holds what each option says (the export value a screen reader announces beside
          // the group's question); each widget's on-state is named by the answer's value, which
          // the answers PDF selects (fill.ts).
          data.Opt = options;
        }
      }
      field = { ref: doc.ref(data), kids, options };
      byName.set(widget.name, field);
      fields.push(field.ref);
    }
    return field;
  };

  return {
    add(widget) {
      const field = fieldFor(widget);
      const { x, y, w, h } = widget.rect;
      const empty = appearance('empty', w, h, '');
      let look: Record<string, unknown> = { AP: { N: empty } };
      if (widget.kind !== 'text') {
        let on = 'Yes';
        if (widget.kind === 'radio') {
          field.options.push(pdfString(widget.option));
          on = widget.value;
        }
        look = { AS: 'Off', AP: { N: { [on]: onAppearance(widget.kind, w, h), Off: empty } } };
      }
      // The widget repeats its field's tooltip, and a radio button adds what its option says:
      // pdf.js (Firefox) names each widget by its own TU, not the field's.
      const tooltip = widget.kind === 'radio' ? `${widget.label}: ${widget.option}` : widget.label;
      taggedAnnotation(pdf, 'Form', (structParent) => {
        doc.annotate(x, y, w, h, {
          Subtype: 'Widget',
          Parent: field.ref,
          F: PRINT,
          TU: pdfString(tooltip),
          ...look,
          structParent,
        });
      });
      const annotations = doc.page.annotations;
      field.kids.push(annotations[annotations.length - 1] as PdfRef);
    },
    count: () => byName.size,
  };
}
