declare module 'virtual:guidebook/pdf-manifest' {
  /**
   * Every PDF the build makes, known before any is laid out (src/pdf/plan.ts): names, addresses,
   * titles. Sizes and page counts are filled into the built pages afterwards (fill-sizes.ts).
   */
  const manifest: import('./plan.ts').PdfPlan;
  export default manifest;
}

declare module 'fontkit' {
  /** pdfkit's font parser; the engine only passes its result back to pdfkit. */
  export function create(buffer: Uint8Array, postscriptName?: string): unknown;
}

declare module 'virtual:guidebook/fill-worker-url' {
  /** Address of the Web Worker that fills the answers PDF (see browser/fill-worker-asset.ts). */
  const url: string;
  export default url;
  /** Address of the font the answers are set in (Noto Sans, TrueType). */
  export const fontUrl: string;
}
