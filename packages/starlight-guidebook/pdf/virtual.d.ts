declare module 'virtual:guidebook/pdf-manifest' {
  /** Every PDF the build makes, with size and page count (see src/pdf/paths.ts). */
  const manifest: import('./paths.ts').PdfManifest;
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
