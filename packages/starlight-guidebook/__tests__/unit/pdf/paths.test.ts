import { describe, expect, it } from 'vitest';
import { formatBytes } from '../../../i18n/bytes.ts';
import { findEntry, materialPdfPath, siteUrl, worksheetPdfPath } from '../../../pdf/paths.ts';

describe('PDF addresses', () => {
  it('puts worksheets and books under pdf/<locale>/', () => {
    expect(worksheetPdfPath('fi', 'oma-polku')).toBe('pdf/fi/worksheets/oma-polku.pdf');
    expect(materialPdfPath('en', 'opas')).toBe('pdf/en/opas.pdf');
  });

  it('adds the base path once', () => {
    expect(siteUrl('/', 'pdf/fi/opas.pdf')).toBe('/pdf/fi/opas.pdf');
    expect(siteUrl('/example', 'pdf/fi/opas.pdf')).toBe('/example/pdf/fi/opas.pdf');
    expect(siteUrl('/example/', '/pdf/fi/opas.pdf')).toBe('/example/pdf/fi/opas.pdf');
  });

  it('finds an entry by kind, id and locale', () => {
    const entry = {
      kind: 'material',
      id: 'opas',
      locale: 'en',
      path: 'pdf/en/opas.pdf',
      title: 'Guide',
      material: 'opas',
      bytes: 1,
      pages: 1,
    } as const;
    expect(findEntry({ generated: true, entries: [entry] }, 'material', 'opas', 'en')).toBe(entry);
    expect(findEntry({ generated: true, entries: [entry] }, 'material', 'opas', 'fi')).toBeUndefined();
  });

  it('formats sizes for people', () => {
    expect(formatBytes(42_000, 'fi')).toBe('41 kt');
    expect(formatBytes(1_300_000, 'fi')).toBe('1,2 Mt');
    expect(formatBytes(1_300_000, 'en')).toBe('1.2 MB');
  });
});
