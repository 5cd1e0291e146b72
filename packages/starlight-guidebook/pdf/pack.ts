import { ParseSpeeds, PDFDocument } from 'pdf-lib';

/**
 * The file re-saved by pdf-lib with its objects packed into compressed object streams. pdfkit
 * writes every object as plain text; a worksheet's hundreds of small objects (fields, widgets,
 * structure elements) then took two to three times the bytes. Nothing else changes: no metadata
 * update, no redrawn field appearances.
 */
export async function packObjects(bytes: Uint8Array): Promise<Uint8Array> {
  // Parsed and written in one go: pdf-lib's defaults wait a timer tick every 50–100 objects.
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
  return pdf.save({ useObjectStreams: true, updateFieldAppearances: false, objectsPerTick: Number.POSITIVE_INFINITY });
}
