import {
  ParseSpeeds,
  PDFCheckBox,
  PDFDocument,
  type PDFFont,
  PDFName,
  PDFRadioGroup,
  PDFRef,
  PDFTextField,
  StandardFonts,
} from 'pdf-lib';
import { fillAnswer, type PdfForm } from '../../fields/fill.ts';
import { appendContinued, type Continued, fieldLabel, fitsOneLine, writeInBox } from './continued.ts';
import { writeOnLines } from './lined-text.ts';

/**
 * Fills the worksheet's fillable PDF with a participant's answers and flattens it, so the result
 * looks like the printable form written in and its text can be searched and copied.
 * Each field type writes its answer into the fields its PDF renderer named (fields/<type>/fill.ts,
 * fields/<type>/pdf.ts).
 * Runs in the browser (and in Node for tests); no network, no DOM.
 */
export type AnswerValue = unknown;

export interface FillOptions {
  /** Title of the answers file, e.g. "Vastaukset – Oma polku". */
  title?: string;
  /** Locale, for dates. */
  locale?: string;
  /**
   * Loads a TrueType font for answers that Helvetica cannot show (the site's Noto Sans: Latin,
   * Greek, Cyrillic, Vietnamese); called only when an answer needs it. Helvetica has Western
   * European letters only, and a participant writing in their own language got question marks.
   */
  loadFont?: () => Promise<ArrayBuffer | Uint8Array | undefined>;
}

export interface FilledAnswers {
  bytes: Uint8Array;
  /** Characters of the answers the font has no letter for, each once; "?" stands for them. */
  unshown: string[];
  /**
   * Fields whose answer was longer than the form has room for: their box ends with a reference
   * ("… [1]") and the whole answer is on pages added at the end. Nothing is cut off.
   */
  cut: string[];
}

export async function fillAnswers(
  pdfBytes: ArrayBuffer | Uint8Array,
  answers: Record<string, AnswerValue>,
  options: FillOptions = {},
): Promise<FilledAnswers> {
  // In one go: it runs in a Web Worker, so pdf-lib need not yield to the page every 100 objects.
  const pdf = await PDFDocument.load(pdfBytes, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
  const form = pdf.getForm();
  const font = await answerFont(pdf, answers, options.loadFont);
  const encodable = new Set(font.getCharacterSet());
  const unshown = new Set<string>();
  const field = (name: string) => form.getFieldMaybe(name);

  // Multi-line answers go on the writing lines once every field is known (lined-text.ts), and
  // one-line answers too long for their box are written into it in smaller type (continued.ts).
  const lined: { field: PDFTextField; text: string }[] = [];
  const boxed: { field: PDFTextField; text: string }[] = [];
  const setText = (name: string, value: unknown) => {
    const f = field(name);
    if (f instanceof PDFTextField && typeof value === 'string' && value.trim()) {
      const text = clean(formatValue(value, options.locale), encodable, unshown);
      if (f.isMultiline()) lined.push({ field: f, text });
      else if (fitsOneLine(f, text, font, pdf)) f.setText(text);
      else boxed.push({ field: f, text });
    }
  };
  const check = (name: string, on: boolean) => {
    const f = field(name);
    if (f instanceof PDFCheckBox && on) f.check();
  };
  const select = (name: string, value: unknown) => {
    const f = field(name);
    if (!(f instanceof PDFRadioGroup) || value === undefined || value === null || value === '') return;
    // Each option's on-state is named by the answer's value (acroform.ts); its export value (Opt)
    // is what the option says, for screen readers, so pdf-lib's select(), which takes an export
    // value, is not used.
    const wanted = String(value);
    const on = f.acroField.getOnValues().find((state) => state.decodeText() === wanted);
    if (on) {
      f.acroField.setValue(on);
      (f as unknown as { markAsDirty(): void }).markAsDirty();
    }
  };

  // Each answer into the fields its type's renderer drew (fields/<type>/fill.ts).
  const target: PdfForm = { text: setText, tick: (name) => check(name, true), choose: select };
  for (const [id, value] of Object.entries(answers)) fillAnswer(id, value, target);
  // Metadata is Unicode text, not drawn with the font.
  if (options.title) pdf.setTitle(clean(options.title), { showInWindowTitleBar: true });
  const cut: string[] = [];
  const continued: Continued[] = [];
  const en = (options.locale ?? 'fi').startsWith('en');
  const write = (f: PDFTextField, text: string, into: typeof writeInBox) => {
    const ref = `[${continued.length + 1}]`;
    if (!into(pdf, f, text, font, `… ${ref}`)) {
      cut.push(f.getName());
      continued.push({ ref, label: clean(fieldLabel(f), encodable), text });
    }
    form.removeField(f);
  };
  for (const { field: f, text } of lined) write(f, text, writeOnLines);
  for (const { field: f, text } of boxed) write(f, text, writeInBox);
  form.updateFieldAppearances(font);
  form.flatten();
  dropDanglingAnnots(pdf);
  appendContinued(
    pdf,
    font,
    continued,
    en
      ? 'Continued: answers longer than their box on the form'
      : 'Jatkuu: vastaukset, jotka eivät mahtuneet lomakkeen kenttään',
  );
  return { bytes: await pdf.save({ objectsPerTick: Number.POSITIVE_INFINITY }), unshown: [...unshown], cut };
}

/**
 * Helvetica when it has every letter of the answers (a small file, as before), otherwise the
 * loaded font. Embedded whole: pdf-lib's subsetting dropped letters of Noto Sans (Å came out
 * blank), so a file with such answers is about 300 KB larger.
 */
async function answerFont(
  pdf: PDFDocument,
  answers: Record<string, AnswerValue>,
  loadFont: FillOptions['loadFont'],
): Promise<PDFFont> {
  const helvetica = await pdf.embedFont(StandardFonts.Helvetica);
  const latin = new Set(helvetica.getCharacterSet());
  const text = textsOf(answers).join('').normalize('NFC');
  const fits = [...text].every((ch) => ch === '\n' || ch === '\r' || latin.has(ch.codePointAt(0) ?? 0));
  const data = fits || !loadFont ? undefined : await loadFont();
  if (!data) return helvetica;
  // fontkit is most of the worker's code and only these answers need it: the worker's bundle
  // keeps it in a file of its own (browser/fill-worker-asset.ts), loaded here on first use.
  const { default: fontkit } = await import('@pdf-lib/fontkit');
  pdf.registerFontkit(fontkit);
  return pdf.embedFont(data instanceof Uint8Array ? data : new Uint8Array(data), { subset: false });
}

/** Every string in the answers, at any depth. */
function textsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(textsOf);
  if (value && typeof value === 'object') return Object.values(value).flatMap(textsOf);
  return [];
}

/**
 * pdf-lib's flatten removes each widget's appearance ref instead of the widget from the page's
 * /Annots (pdf-lib issue 1301); drop the references to the deleted widgets.
 */
export function dropDanglingAnnots(pdf: PDFDocument): void {
  for (const page of pdf.getPages()) {
    const annots = page.node.Annots();
    if (!annots) continue;
    for (let i = annots.size() - 1; i >= 0; i--) {
      const ref = annots.get(i);
      if (ref instanceof PDFRef && !pdf.context.lookup(ref)) annots.remove(i);
    }
    if (annots.size() === 0) page.node.delete(PDFName.of('Annots'));
  }
}

/** `2025-03-07` -> `7.3.2025` (fi) or `7 Mar 2025`-free `7/3/2025` (en); other text unchanged. */
function formatValue(value: string, locale = 'en'): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!m) return value;
  const [, y, mo, d] = m;
  return locale.startsWith('en') ? `${Number(d)}/${Number(mo)}/${y}` : `${Number(d)}.${Number(mo)}.${y}`;
}

/**
 * Replaces the characters the font cannot show with "?" and notes them, so one emoji cannot break
 * the file and the participant can be told what is missing.
 */
function clean(text: string, encodable?: Set<number>, unshown?: Set<string>): string {
  const normal = text.normalize('NFC').replace(/\r\n?/g, '\n');
  if (!encodable) return normal;
  let out = '';
  for (const ch of normal) {
    const shown = ch === '\n' || encodable.has(ch.codePointAt(0) ?? 0);
    if (!shown) unshown?.add(ch);
    out += shown ? ch : '?';
  }
  return out;
}

export type { PDFFont };
