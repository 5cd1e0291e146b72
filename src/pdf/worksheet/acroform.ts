import {
  ParseSpeeds,
  type PDFCheckBox,
  PDFDict,
  PDFDocument,
  type PDFField,
  PDFHexString,
  PDFName,
  type PDFObject,
  PDFRadioGroup,
  PDFRef,
  PDFString,
  PDFTextField,
  StandardFonts,
} from 'pdf-lib';
import type { FieldWidget } from './context.ts';

/**
 * pdf-lib writes four uncompressed appearance streams per tick box and a white background under
 * every field (900 bytes a widget, and the background hides the printed box). We replace them with
 * a few compressed appearances shared by all widgets of the same size and kind, transparent
 * where the paper design shows through.
 */
function compactAppearances(pdf: PDFDocument, fields: PDFField[]): void {
  const { context } = pdf;
  const shared = new Map<string, PDFRef>();
  const stream = (key: string, w: number, h: number, ops: string): PDFRef => {
    const id = `${key}:${w.toFixed(2)}x${h.toFixed(2)}`;
    let ref = shared.get(id);
    if (!ref) {
      ref = context.register(
        context.flateStream(ops, { Type: 'XObject', Subtype: 'Form', BBox: [0, 0, w, h], Resources: {} }),
      );
      shared.set(id, ref);
    }
    return ref;
  };
  const dropOld = (value: PDFObject | undefined): void => {
    if (value instanceof PDFRef) context.delete(value);
    else if (value instanceof PDFDict) for (const [, v] of value.entries()) dropOld(v);
  };
  for (const field of fields) {
    for (const widget of field.acroField.getWidgets()) {
      const rect = widget.getRectangle();
      const { width: w, height: h } = rect;
      const ap = widget.dict.lookup(PDFName.of('AP'));
      if (ap instanceof PDFDict) for (const [, v] of ap.entries()) dropOld(v);
      const mk = widget.dict.lookup(PDFName.of('MK'));
      if (mk instanceof PDFDict) {
        mk.delete(PDFName.of('BG'));
        mk.delete(PDFName.of('BC'));
        mk.delete(PDFName.of('R'));
        if (mk.keys().length === 0) widget.dict.delete(PDFName.of('MK'));
      }
      // No border colour means no border; the width entry is then noise.
      widget.dict.delete(PDFName.of('BS'));
      const empty = stream('empty', w, h, '');
      if (field instanceof PDFTextField) {
        widget.dict.set(PDFName.of('AP'), context.obj({ N: empty }));
        continue;
      }
      const onState = widget.getOnValue() ?? PDFName.of('Yes');
      const s = Math.min(w, h);
      const on =
        field instanceof PDFRadioGroup
          ? stream('dot', w, h, `0.1 0.1 0.1 rg ${circlePath(w / 2, h / 2, s * 0.28)} f`)
          : stream(
              'tick',
              w,
              h,
              `0.1 0.1 0.1 RG ${(s * 0.12).toFixed(2)} w 1 J 1 j ${(w * 0.2).toFixed(2)} ${(h * 0.5).toFixed(2)} m ${(w * 0.42).toFixed(2)} ${(h * 0.25).toFixed(2)} l ${(w * 0.82).toFixed(2)} ${(h * 0.8).toFixed(2)} l S`,
            );
      widget.dict.set(PDFName.of('AP'), context.obj({ N: context.obj({ [onState.decodeText()]: on, Off: empty }) }));
    }
  }
}

/** A text string: literal when it is plain ASCII, UTF-16 otherwise. */
function pdfText(text: string): PDFString | PDFHexString {
  return /^[\x20-\x7e]*$/.test(text) && !/[()\\]/.test(text) ? PDFString.of(text) : PDFHexString.fromText(text);
}

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
 * Adds the fillable form fields to a laid-out worksheet. pdf-lib (not pdfkit) does this because it
 * writes appearance streams for tick boxes and radio buttons, which pdfkit leaves to the reader and
 * poppler then does not draw. Fields use the standard Helvetica (full WinAnsi map, so Finnish and
 * Swedish letters typed in a reader always have glyphs). Each field carries its label as a tooltip
 * (TU), which is what screen readers announce; fields are not part of the structure tree.
 */
export async function addFormFields(
  pdfBytes: Uint8Array,
  widgets: FieldWidget[],
): Promise<{ bytes: Uint8Array; fields: number; pages: number }> {
  // Parsed in one go: pdf-lib's default waits a timer tick after every 100 objects.
  const pdf = await PDFDocument.load(pdfBytes, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
  const form = pdf.getForm();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const pages = pdf.getPages();
  const byName = new Map<string, PDFField>();
  // Keys present but undefined: pdf-lib then draws no background or border (it checks `in`).
  const look = { borderWidth: 0, backgroundColor: undefined, borderColor: undefined, font } as unknown as NonNullable<
    Parameters<PDFTextField['addToPage']>[1]
  >;
  for (const w of widgets) {
    const page = pages[w.page];
    if (!page) throw new Error(`form field ${w.name}: page ${w.page} does not exist`);
    const place = { x: w.rect.x, y: page.getHeight() - w.rect.y - w.rect.h, width: w.rect.w, height: w.rect.h };
    let field = byName.get(w.name);
    if (w.kind === 'text') {
      const text = (field as PDFTextField | undefined) ?? form.createTextField(w.name);
      if (!field && w.multiline) text.enableMultiline();
      text.addToPage(page, { ...look, ...place });
      field = text;
    } else if (w.kind === 'checkbox') {
      const check = (field as PDFCheckBox | undefined) ?? form.createCheckBox(w.name);
      check.addToPage(page, { ...look, ...place });
      field = check;
    } else {
      const group = (field as PDFRadioGroup | undefined) ?? form.createRadioGroup(w.name);
      group.addOptionToPage(w.value, page, { ...look, ...place });
      field = group;
    }
    if (!byName.has(w.name)) {
      field.acroField.dict.set(PDFName.of('TU'), pdfText(w.label));
      // Field names are ASCII ids: a literal string is a quarter of pdf-lib's UTF-16 hex.
      field.acroField.dict.set(PDFName.of('T'), PDFString.of(w.name));
      byName.set(w.name, field);
    }
  }
  for (const [, field] of byName) if (field instanceof PDFTextField) field.setFontSize(field.isMultiline() ? 11 : 10);
  // The fields' appearance strings name the font "/Helvetica": readers look it up in the form's
  // resources when they draw what is typed (pdf-lib adds them only when it draws the appearances).
  form.acroForm.dict.set(PDFName.of('DR'), pdf.context.obj({ Font: { [font.name]: font.ref } }));
  form.acroForm.dict.set(PDFName.of('DA'), PDFString.of(`/${font.name} 0 Tf 0 g`));
  // PDF/UA: pages with annotations say that tab order follows the structure.
  for (const page of pages) page.node.set(PDFName.of('Tabs'), PDFName.of('S'));
  compactAppearances(pdf, [...byName.values()]);
  // Our appearances stay: pdf-lib would otherwise redraw every field it created at save time.
  // Likewise written in one go (the default waits after every 50 objects).
  const bytes = await pdf.save({ updateFieldAppearances: false, objectsPerTick: Number.POSITIVE_INFINITY });
  return { bytes, fields: form.getFields().length, pages: pages.length };
}
