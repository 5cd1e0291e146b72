declare module 'virtual:guidebook/pdf-manifest' {
  /** Every PDF the build makes, with size and page count (see src/pdf/paths.ts). */
  const manifest: import('./paths.ts').PdfManifest;
  export default manifest;
}
