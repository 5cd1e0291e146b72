import {
  decodePDFRawStream,
  PDFArray,
  PDFBool,
  PDFDict,
  type PDFDocument,
  PDFHexString,
  PDFName,
  type PDFObject,
  PDFRawStream,
  PDFRef,
  PDFStream,
  PDFString,
} from 'pdf-lib';

/**
 * The PDF/UA-1 (ISO 14289-1) and WCAG rules this project's PDFs must meet, checked on the file
 * itself with pdf-lib. veraPDF, the reference checker, is a Java program that neither npm nor
 * Debian ships, so these are the rules tested directly (each problem names its clause):
 *
 * - 7.1 / 5: tagged (MarkInfo Marked), a structure tree, the PDF/UA identifier in the metadata;
 * - 7.1: a title in the metadata, shown in the window (DisplayDocTitle); 7.2: the document /Lang;
 * - 7.21.4.1 / 7.21.7: every font on a page embedded, with a ToUnicode map (or a standard encoding);
 * - 7.18.1 / 7.18.5: every annotation in the structure tree (StructParent → an element whose OBJR
 *   points back); a link annotation under a `Link` element, with a description (Contents);
 * - 7.18.4: every widget under a `Form` element; its field named (TU); a radio group not named
 *   by its first option, and each option saying what it is (Opt, not just numbers);
 * - 7.18.3: pages with annotations tab in structure order (Tabs S);
 * - 7.1: all page content either tagged (marked content with an MCID) or an artifact;
 * - 7.3: every Figure with alternative text (Alt); 7.4.2: heading levels not skipped;
 * - 7.5: table header cells with a Scope; TH/TD inside TR, TR inside a table;
 * - bookmarks (an outline) in a file of two or more pages (WCAG 2.4.5, the Matterhorn protocol).
 */
export interface PdfProblem {
  rule: string;
  detail: string;
}

export interface PdfAccessibilityReport {
  problems: PdfProblem[];
  /** What was seen, for reports: counts of elements by type, links, header cells, radio groups. */
  counts: Record<string, number>;
}

const text = (o: PDFObject | undefined): string | undefined =>
  o instanceof PDFString || o instanceof PDFHexString ? o.decodeText() : undefined;
const name = (o: PDFObject | undefined): string | undefined => (o instanceof PDFName ? o.decodeText() : undefined);

export function checkPdfAccessibility(pdf: PDFDocument): PdfAccessibilityReport {
  const problems: PdfProblem[] = [];
  const counts: Record<string, number> = {};
  const count = (key: string, n = 1) => {
    counts[key] = (counts[key] ?? 0) + n;
  };
  const fail = (rule: string, detail: string) => problems.push({ rule, detail });
  const ctx = pdf.context;
  const lookup = (o: PDFObject | undefined): PDFObject | undefined => (o instanceof PDFRef ? ctx.lookup(o) : o);
  const dict = (o: PDFObject | undefined) => {
    const v = lookup(o);
    return v instanceof PDFDict ? v : undefined;
  };
  const array = (o: PDFObject | undefined) => {
    const v = lookup(o);
    return v instanceof PDFArray ? v : undefined;
  };
  const catalog = pdf.catalog;

  // Document level.
  const markInfo = dict(catalog.get(PDFName.of('MarkInfo')));
  if (markInfo?.get(PDFName.of('Marked')) !== PDFBool.True) fail('7.1 tagged', 'MarkInfo /Marked is not true');
  const lang = text(catalog.get(PDFName.of('Lang')));
  if (!lang) fail('7.2 language', 'no /Lang in the catalog');
  const viewer = dict(catalog.get(PDFName.of('ViewerPreferences')));
  if (viewer?.get(PDFName.of('DisplayDocTitle')) !== PDFBool.True) fail('7.1 title', 'DisplayDocTitle is not true');
  const metadata = lookup(catalog.get(PDFName.of('Metadata')));
  const xmp =
    metadata instanceof PDFRawStream ? Buffer.from(decodePDFRawStream(metadata).decode()).toString('utf8') : '';
  if (!/<dc:title>[\s\S]*?<rdf:li[^>]*>[^<]+<\/rdf:li>/.test(xmp)) fail('7.1 title', 'no dc:title in the XMP metadata');
  if (!/<pdfuaid:part>1<\/pdfuaid:part>/.test(xmp)) fail('5 identification', 'no pdfuaid:part 1 in the XMP metadata');

  // Structure tree: every element's parent and kids, and which element each annotation belongs to.
  const treeRoot = dict(catalog.get(PDFName.of('StructTreeRoot')));
  const owners = new Map<PDFRef, { element: PDFDict; type: string; page: PDFObject | undefined }>();
  if (!treeRoot) fail('7.1 structure', 'no StructTreeRoot');
  const parentTree = new Map<number, PDFObject>();
  const readNumberTree = (node: PDFDict | undefined) => {
    if (!node) return;
    const nums = array(node.get(PDFName.of('Nums')));
    for (let i = 0; nums && i + 1 < nums.size(); i += 2) {
      const key = lookup(nums.get(i)) as { asNumber?: () => number };
      if (key?.asNumber) parentTree.set(key.asNumber(), nums.get(i + 1));
    }
    const kids = array(node.get(PDFName.of('Kids')));
    for (let i = 0; kids && i < kids.size(); i++) readNumberTree(dict(kids.get(i)));
  };
  readNumberTree(dict(treeRoot?.get(PDFName.of('ParentTree'))));
  const tableParts = new Set(['Table', 'THead', 'TBody', 'TFoot']);
  let lastHeading = 0;
  const visit = (node: PDFDict, parentType: string, depth: number) => {
    if (depth > 200) return;
    const type = name(node.get(PDFName.of('S'))) ?? '?';
    count(`element:${type}`);
    const level = /^H([1-6])$/.exec(type)?.[1];
    if (level) {
      if (Number(level) > lastHeading + 1)
        fail('7.4.2 headings', `H${level} follows ${lastHeading ? `H${lastHeading}` : 'the start'}: a level skipped`);
      lastHeading = Number(level);
    }
    if (type === 'Figure' && !text(node.get(PDFName.of('Alt')))?.trim())
      fail('7.3 figures', 'a Figure without alternative text (Alt)');
    if ((type === 'TH' || type === 'TD') && parentType !== 'TR')
      fail('7.5 tables', `${type} inside ${parentType}, not in a TR`);
    if (type === 'TR' && !tableParts.has(parentType)) fail('7.5 tables', `TR inside ${parentType}, not in a table`);
    if (type === 'TH') {
      const attributes = lookup(node.get(PDFName.of('A')));
      const list = attributes instanceof PDFArray ? attributes.asArray().map((a) => dict(a)) : [dict(attributes)];
      const scope = list.map((a) => name(a?.get(PDFName.of('Scope')))).find(Boolean);
      if (scope === 'Column' || scope === 'Row' || scope === 'Both') count(`scope:${scope}`);
      else fail('7.5 tables', 'a TH without Scope');
    }
    const kids = lookup(node.get(PDFName.of('K')));
    const kidList = kids instanceof PDFArray ? kids.asArray() : kids ? [kids] : [];
    for (const kid of kidList) {
      const child = dict(kid);
      if (!child) continue;
      if (name(child.get(PDFName.of('Type'))) === 'OBJR') {
        const obj = child.get(PDFName.of('Obj'));
        const page = child.get(PDFName.of('Pg')) ?? node.get(PDFName.of('Pg'));
        if (obj instanceof PDFRef) owners.set(obj, { element: node, type, page });
      } else if (name(child.get(PDFName.of('Type'))) !== 'MCR') visit(child, type, depth + 1);
    }
  };
  const top = lookup(treeRoot?.get(PDFName.of('K')));
  for (const kid of top instanceof PDFArray ? top.asArray() : top ? [top] : []) {
    const element = dict(kid);
    if (element) visit(element, 'StructTreeRoot', 0);
  }
  if (treeRoot && !top) fail('7.1 structure', 'the structure tree is empty');

  // Pages: fonts and annotations.
  const seenFonts = new Set<PDFObject>();
  const checkFonts = (resources: PDFDict | undefined, depth = 0) => {
    if (!resources || depth > 8) return;
    const fonts = dict(resources.get(PDFName.of('Font')));
    for (const [, ref] of fonts?.entries() ?? []) {
      if (seenFonts.has(ref)) continue;
      seenFonts.add(ref);
      const font = dict(ref);
      if (!font) continue;
      count('fonts');
      const base = name(font.get(PDFName.of('BaseFont'))) ?? '?';
      const descendant = dict(array(font.get(PDFName.of('DescendantFonts')))?.get(0));
      const descriptor = dict((descendant ?? font).get(PDFName.of('FontDescriptor')));
      const embedded = ['FontFile', 'FontFile2', 'FontFile3'].some((k) => descriptor?.has(PDFName.of(k)));
      if (!embedded) fail('7.21.4.1 fonts', `font ${base} is not embedded`);
      const standardEncoding = name(font.get(PDFName.of('Encoding')))?.endsWith('Encoding');
      if (!font.has(PDFName.of('ToUnicode')) && !standardEncoding)
        fail('7.21.7 fonts', `font ${base} has no ToUnicode map`);
    }
    const xobjects = dict(resources.get(PDFName.of('XObject')));
    for (const [, ref] of xobjects?.entries() ?? []) {
      const x = lookup(ref);
      if (x instanceof PDFStream) checkFonts(dict(x.dict.get(PDFName.of('Resources'))), depth + 1);
    }
  };
  const pages = pdf.getPages();
  pages.forEach((page, p) => {
    checkFonts(dict(page.node.get(PDFName.of('Resources'))));
    const untagged = untaggedOperators(pageContent(pdf, page.node));
    if (untagged > 0)
      fail('7.1 content', `page ${p + 1}: ${untagged} drawing operators neither tagged nor an artifact`);
    const annots = array(page.node.get(PDFName.of('Annots')));
    if (!annots || annots.size() === 0) return;
    if (name(page.node.get(PDFName.of('Tabs'))) !== 'S') fail('7.18.3 tab order', `page ${p + 1} has no /Tabs /S`);
    for (const ref of annots.asArray()) {
      const annot = dict(ref);
      if (!annot || !(ref instanceof PDFRef)) continue;
      const subtype = name(annot.get(PDFName.of('Subtype'))) ?? '?';
      count(`annotation:${subtype}`);
      const where = `page ${p + 1}, ${subtype} annotation ${ref.toString()}`;
      const key = (
        lookup(annot.get(PDFName.of('StructParent'))) as { asNumber?: () => number } | undefined
      )?.asNumber?.();
      const owner = owners.get(ref);
      if (key === undefined) fail('7.18.1 annotations', `${where} has no StructParent`);
      else if (!owner) fail('7.18.1 annotations', `${where}: no structure element refers to it (OBJR)`);
      else if (dict(parentTree.get(key)) !== owner.element)
        fail('7.18.1 annotations', `${where}: its StructParent leads to another element`);
      else if (owner.page !== page.ref) fail('7.18.1 annotations', `${where}: its OBJR names another page (Pg)`);
      if (subtype === 'Link') {
        if (owner && owner.type !== 'Link') fail('7.18.5 links', `${where} is under ${owner.type}, not Link`);
        if (!text(annot.get(PDFName.of('Contents')))?.trim()) fail('7.18.5 links', `${where} has no Contents`);
      } else if (subtype === 'Widget') {
        if (owner && owner.type !== 'Form') fail('7.18.4 forms', `${where} is under ${owner.type}, not Form`);
        const field = dict(annot.get(PDFName.of('Parent'))) ?? annot;
        if (!text(field.get(PDFName.of('TU')) ?? annot.get(PDFName.of('TU')))?.trim())
          fail('7.18.4 forms', `${where}: its field has no TU`);
      } else if (!text(annot.get(PDFName.of('Contents')))?.trim())
        fail('7.18.1 annotations', `${where} has no Contents`);
    }
  });

  // Radio groups: named by their question, options saying what they are.
  const acroForm = dict(catalog.get(PDFName.of('AcroForm')));
  for (const ref of array(acroForm?.get(PDFName.of('Fields')))?.asArray() ?? []) {
    const field = dict(ref);
    const flags = (lookup(field?.get(PDFName.of('Ff'))) as { asNumber?: () => number } | undefined)?.asNumber?.() ?? 0;
    if (!field || name(field.get(PDFName.of('FT'))) !== 'Btn' || !(flags & (1 << 15))) continue;
    count('radioGroups');
    const fieldName = text(field.get(PDFName.of('T'))) ?? '?';
    const options = (array(field.get(PDFName.of('Opt')))?.asArray() ?? []).map((o) => text(lookup(o)) ?? '');
    const tooltip = text(field.get(PDFName.of('TU'))) ?? '';
    if (options.length === 0) fail('7.18.4 forms', `radio group ${fieldName} has no options (Opt)`);
    if (options.some((o) => !o.trim())) fail('7.18.4 forms', `radio group ${fieldName} has an unnamed option`);
    if (options.includes(tooltip) && options.length > 1)
      fail('7.18.4 forms', `radio group ${fieldName} is named by an option ("${tooltip}"), not by its question`);
    if (options.length > 1 && options.every((o, i) => o === String(i)))
      fail('7.18.4 forms', `radio group ${fieldName}'s options are only numbered 0…n`);
  }

  // Bookmarks.
  const outlines = dict(catalog.get(PDFName.of('Outlines')));
  if (pages.length >= 2 && !outlines?.has(PDFName.of('First')))
    fail('bookmarks', `${pages.length} pages and no bookmarks (outline)`);
  count('pages', pages.length);
  return { problems, counts };
}

/** The page's content streams, decoded and joined. */
function pageContent(pdf: PDFDocument, node: PDFDict): string {
  const contents = node.get(PDFName.of('Contents'));
  const refs = contents instanceof PDFArray ? contents.asArray() : contents ? [contents] : [];
  return refs
    .map((ref) => pdf.context.lookup(ref))
    .map((stream) =>
      stream instanceof PDFRawStream ? Buffer.from(decodePDFRawStream(stream).decode()).toString('latin1') : '',
    )
    .join('\n');
}

const drawing = new Set(['Tj', 'TJ', "'", '"', 'S', 's', 'f', 'F', 'f*', 'B', 'B*', 'b', 'b*', 'Do', 'sh', 'BI']);

/**
 * Counts drawing operators outside any marked-content sequence (PDF/UA 7.1: content is either
 * real content, tagged, or an artifact). Strings, hex strings, arrays and dictionaries are
 * skipped as operands, so text that spells an operator is not one.
 */
export function untaggedOperators(content: string): number {
  let depth = 0;
  let untagged = 0;
  let i = 0;
  const n = content.length;
  while (i < n) {
    const c = content[i] as string;
    if (c === '(') {
      // A literal string: balanced parentheses, backslash escapes.
      let level = 1;
      i++;
      while (i < n && level > 0) {
        const d = content[i];
        if (d === '\\') i++;
        else if (d === '(') level++;
        else if (d === ')') level--;
        i++;
      }
      continue;
    }
    if (c === '<' && content[i + 1] !== '<') {
      i = content.indexOf('>', i) + 1 || n;
      continue;
    }
    if (c === '%') {
      i = content.indexOf('\n', i) + 1 || n;
      continue;
    }
    if (/[\s[\]<>{}/]/.test(c)) {
      if (c === '/') {
        i++;
        while (i < n && !/[\s[\]<>(){}/%]/.test(content[i] as string)) i++;
      } else i++;
      continue;
    }
    let j = i;
    while (j < n && !/[\s[\]<>(){}/%]/.test(content[j] as string)) j++;
    const word = content.slice(i, j);
    i = j;
    if (word === 'BDC' || word === 'BMC') depth++;
    else if (word === 'EMC') depth = Math.max(0, depth - 1);
    else if (drawing.has(word) && depth === 0) untagged++;
    else if (word === 'ID') {
      // Inline image data runs to EI.
      const end = content.indexOf('EI', i);
      i = end < 0 ? n : end + 2;
    }
  }
  return untagged;
}
