import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { createDoc, finish } from '../../../pdf/document.ts';
import { hasPoppler, saveTmp } from './support.ts';

/**
 * The fonts are parsed once and shared by every document of a build. A file whose subset holds a
 * composite glyph (the ellipsis, made of periods) made the period's glyph without its character,
 * and every later file lost the period from its text ("1." read "1", "2.0" read "2 0").
 */
describe('text of a file made after another', () => {
  it.runIf(hasPoppler)('keeps the periods in bold text after a file that used an ellipsis', async () => {
    const make = async (text: string) => {
      const doc = createDoc({ title: 't', author: 'a', subject: 's', lang: 'fi' });
      doc.addPage();
      doc.font('bold').fontSize(12).text(text, 50, 100, { lineBreak: false });
      return finish(doc);
    };
    await make('Odota hetki…');
    const file = saveTmp('period-after-ellipsis.pdf', await make('Vaihe 1. Versio 2.0 valmis.'));
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
    expect(text).toContain('Vaihe 1. Versio 2.0 valmis.');
  });
});
