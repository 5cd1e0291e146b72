import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  checkPdfAccessibility,
  type PdfAccessibilityReport,
} from '../../packages/starlight-guidebook/__tests__/support/pdf-accessibility.ts';
import { manifestPath, type PdfManifest } from '../../packages/starlight-guidebook/pdf/paths.ts';
import { assertBuilt, distDir } from '../support/dist.ts';

/**
 * Every built PDF against the PDF/UA-1 rules in tests/support/pdf-accessibility.ts (tagged,
 * title, language, embedded fonts with Unicode, links and widgets in the structure tree with their
 * descriptions, header cells with Scope, radio groups named by their question, bookmarks).
 * veraPDF, the reference checker, cannot be installed here (no npm or Debian package ships it).
 */
let reports: { file: string; report: PdfAccessibilityReport }[];

beforeAll(async () => {
  assertBuilt();
  const manifest = JSON.parse(readFileSync(path.join(distDir, manifestPath), 'utf8')) as PdfManifest;
  reports = await Promise.all(
    manifest.entries.map(async (entry) => {
      const pdf = await PDFDocument.load(readFileSync(path.join(distDir, entry.path)), { updateMetadata: false });
      return { file: entry.path, report: checkPdfAccessibility(pdf) };
    }),
  );
}, 120_000);

const total = (key: string) => reports.reduce((sum, r) => sum + (r.report.counts[key] ?? 0), 0);

describe('PDF accessibility (PDF/UA-1 rules) of every built PDF', () => {
  it('finds no problem in any file', () => {
    const problems = reports.flatMap(({ file, report }) =>
      report.problems.map((p) => `${file}: ${p.rule}: ${p.detail}`),
    );
    expect(problems.slice(0, 40), `${problems.length} problems`).toEqual([]);
  });

  it('checked what the files hold: links, header cells, form fields, radio groups', () => {
    expect(reports.length).toBeGreaterThan(70);
    expect(total('annotation:Link')).toBeGreaterThan(1000);
    expect(total('element:Link')).toBeGreaterThan(500);
    expect(total('scope:Column')).toBeGreaterThan(500);
    expect(total('scope:Row')).toBeGreaterThan(100);
    expect(total('annotation:Widget')).toBeGreaterThan(1000);
    expect(total('radioGroups')).toBeGreaterThan(100);
  });
});
