import type { Paragraph, Root, RootContent } from 'mdast';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { dropEmptySections, isLeadLine, isSmallNote, keepHyphenedWords } from '../../../pdf/book/flow.ts';
import { createDoc } from '../../../pdf/document.ts';
import { bottomLimit } from '../../../pdf/layout.ts';
import { handoutsOf } from '../../../pdf/mdx/handouts.ts';
import { parseMdx } from '../../../pdf/mdx/parse.ts';
import { applyPrintForms } from '../../../pdf/mdx/transform.ts';
import { pageBreakProblems, placedIn } from '../../../pdf/page-breaks.ts';
import { contentWidth, page } from '../../../pdf/theme.ts';
import { drawField, ratingRuns } from '../../../pdf/worksheet/fields.ts';
import { worksheetPdf } from '../../../pdf/worksheet/file.ts';
import { WRITING_LINE } from '../../../pdf/worksheet/writing-lines.ts';
import { guideTranslator } from '../../../translations/site.ts';
import { parseWorksheet } from '../../../worksheets/load.ts';
import type { Field, WorksheetDefinition } from '../../../worksheets/schema.ts';
import { fixtureSheet, hasPoppler, pdfText, saveTmp, site } from './support.ts';

const p = (...children: Paragraph['children']): Paragraph => ({ type: 'paragraph', children });
const text = (value: string) => ({ type: 'text' as const, value });
const heading = (depth: 1 | 2 | 3, value: string): RootContent => ({ type: 'heading', depth, children: [text(value)] });

/** A sheet of ten rating items on one scale, as a self-assessment has. */
function ratingSheet(): WorksheetDefinition {
  const items = Array.from({ length: 10 }, (_, i) =>
    [
      `      - id: item-${i + 1}`,
      '        type: scale',
      '        min: 1',
      '        max: 5',
      '        minLabel: { fi: ei pidä paikkaansa, en: not true }',
      '        maxLabel: { fi: pitää täysin paikkansa, en: completely true }',
      `        label: { fi: "Väittämä ${i + 1}, jonka arvioin asteikolla.", en: "Statement ${i + 1} that I rate on the scale." }`,
    ].join('\n'),
  ).join('\n');
  const yaml = `id: arvio
version: 1
audience: participant
material: tulevaisuusvalmennus
title: { fi: Itsearviointi, en: Self-assessment }
intro: { fi: Arvioi., en: Rate. }
sections:
  - title: { fi: Arviot, en: Ratings }
    fields:
${items}
      - id: lisaa
        type: textarea
        lines: 3
        label: { fi: Lisättävää, en: Anything else }
`;
  const parsed = parseWorksheet('arvio.yaml', yaml);
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  return parsed.definition;
}

describe('the flow of a book', () => {
  it('drops headings with nothing under them on paper, also one emptied by the one after it', () => {
    const nodes = [heading(2, 'A'), p(text('a')), heading(2, 'Print it'), heading(2, 'B'), heading(3, 'B1')];
    expect(dropEmptySections(nodes)).toEqual([heading(2, 'A'), p(text('a'))]);
    expect(dropEmptySections([heading(2, 'A'), heading(3, 'A1'), p(text('x'))])).toHaveLength(3);
  });

  it('knows a lead line (one bold phrase) and a source note in both of MDX’s shapes', () => {
    expect(isLeadLine(p({ type: 'strong', children: [text('Ennen kokeilua')] }))).toBe(true);
    expect(isLeadLine(p({ type: 'strong', children: [text('Aika:')] }, text(' 20 min')))).toBe(false);
    const small = { type: 'emphasis', data: { small: true }, children: [text('Lähteet: …')] } as never;
    expect(isSmallNote(p(small))).toBe(true);
    expect(isSmallNote({ ...p(text('Lähteet: …')), data: { small: true } } as Paragraph)).toBe(true);
    expect(isSmallNote(p(text('Lähteet: …')))).toBe(false);
  });

  it('binds hyphened words so that a title cannot break after a hyphen', () => {
    const kept = keepHyphenedWords('Tulevaisuusvalmennus 2.0 -työkirja');
    expect(kept).toBe('Tulevaisuusvalmennus 2.0\u00A0\u2011työkirja');
    expect(keepHyphenedWords('Työ- ja koulutuskokeiluopas')).toBe('Työ-\u00A0ja koulutuskokeiluopas');
    expect(keepHyphenedWords('Supporting Foreign-Language Participants')).toBe(
      'Supporting Foreign\u2011Language Participants',
    );
  });
});

describe('hand-outs cut from a page', () => {
  const source = `---
title: Checklists
pagePdf:
  - { part: employer, title: "Checklist: employer", tab: Employer, tickBoxes: true }
  - { part: after, title: After the trial, section: After }
---
import { Tabs, TabItem } from '@astrojs/starlight/components';

Intro for the web.

<Tabs>
  <TabItem label="Employer">
    - Agree on the trial.
  </TabItem>
  <TabItem label="Mentor">
    - Meet regularly.
  </TabItem>
</Tabs>

## After

- Give feedback.

## Elsewhere
`;

  it('makes a tab and a section files of their own, and the whole page with pagePdf: true', async () => {
    const page = parseMdx(source, 'content/docs/opas/checklists.mdx');
    const handouts = handoutsOf({ ...page, slug: 'opas/checklists', title: 'Checklists' });
    expect(handouts.map((h) => [h.slug, h.title])).toEqual([
      ['opas/checklists/employer', 'Checklist: employer'],
      ['opas/checklists/after', 'After the trial'],
    ]);
    const employer = await applyPrintForms(handouts[0]?.tree as Root, page.file, {
      locale: 'en',
      material: 'opas',
      pageUrl: 'https://example.org/',
      file: 'x.mdx',
      t: guideTranslator('/nonexistent', 'en', 'en'),
    });
    const printed = JSON.stringify(employer);
    expect(printed).toContain('Agree on the trial.');
    expect(printed).toContain('"checked":false');
    expect(printed).not.toContain('Meet regularly.');
    expect(printed).not.toContain('Intro for the web.');
    expect(JSON.stringify(handouts[1]?.tree)).toContain('Give feedback.');
    expect(JSON.stringify(handouts[1]?.tree)).not.toContain('Elsewhere');
    const whole = parseMdx(source.replace(/pagePdf:[\s\S]*?---/, 'pagePdf: true\n---'), 'x.mdx');
    expect(handoutsOf({ ...whole, slug: 'opas/checklists', title: 'Checklists' })).toHaveLength(1);
  });

  it('fails naming the page and the part when a tab is not there', () => {
    const page = parseMdx(source.replace('tab: Employer', 'tab: Boss'), 'content/docs/opas/checklists.mdx');
    expect(() => handoutsOf({ ...page, slug: 'opas/checklists', title: 'Checklists' })).toThrow(
      /no <TabItem label="Boss"> on the page \(part "employer"\)/,
    );
    const bad = parseMdx(source.replace('part: employer', 'part: Employer!'), 'content/docs/opas/checklists.mdx');
    expect(() => handoutsOf({ ...bad, slug: 'opas/checklists', title: 'Checklists' })).toThrow(/pagePdf\.0\.part/);
  });
});

describe('page breaks', () => {
  it('reports a heading that ends a page and a writing line alone on one', () => {
    expect(
      pageBreakProblems([
        { kind: 'heading', page: 2, text: 'H2' },
        { kind: 'block', page: 3, text: 'P' },
        { kind: 'lines', page: 3, text: 'Notes', lines: 1, split: true },
        { kind: 'lines', page: 4, text: 'Other', lines: 1, split: false },
      ]),
    ).toEqual([
      'page 3: "H2" ends the page, what it heads is on the next',
      'page 4: one writing line of "Notes" alone on the page',
    ]);
  });

  it.each([1, 5, 6])('splits a field of six writing lines leaving at least two on each page (%i fit)', (fit) => {
    const doc = createDoc({ title: 't', author: 'a', subject: 's', lang: 'fi' });
    doc.addPage();
    const ctx = { doc, theme: site.theme, locale: 'fi', x: page.margin.left, width: contentWidth, form: undefined };
    // Room for the label and `fit` lines and a little, as a field low on a page has.
    doc.y = bottomLimit - fit * WRITING_LINE - 40;
    const field: Field = { id: 'notes', type: 'textarea', lines: 6, required: false, label: { fi: 'Muistiinpanot' } };
    drawField(field, ctx);
    const parts = placedIn(doc).filter((b) => b.kind === 'lines');
    expect(parts.reduce((sum, b) => sum + (b.lines ?? 0), 0)).toBe(6);
    for (const part of parts) expect(part.lines).toBeGreaterThanOrEqual(2);
    expect(pageBreakProblems(placedIn(doc))).toEqual([]);
  });
});

describe('worksheets on paper', () => {
  it('prints rating items of one scale as one grid, each item keeping its radio group', async () => {
    const sheet = ratingSheet();
    const runs = ratingRuns(sheet.sections.flatMap((s) => s.fields));
    expect(runs.map((r) => (Array.isArray(r) ? r.length : r.type))).toEqual([10, 'textarea']);
    for (const locale of ['fi', 'en']) {
      const pdf = await worksheetPdf(sheet, locale, site);
      // Ten items as boxes of their own took two pages and more; as one grid they share one.
      expect(pdf.pages).toBe(1);
      expect(pdf.pageBreaks).toEqual([]);
      const names = (await PDFDocument.load(pdf.bytes))
        .getForm()
        .getFields()
        .map((f) => f.getName());
      for (let i = 1; i <= 10; i++) expect(names).toContain(`item-${i}`);
    }
  }, 60_000);

  it.runIf(hasPoppler)(
    'has name and date lines under the title, fillable too',
    async () => {
      const pdf = await worksheetPdf(fixtureSheet(), 'fi', site);
      const names = (await PDFDocument.load(pdf.bytes))
        .getForm()
        .getFields()
        .map((f) => f.getName());
      expect(names).toEqual(expect.arrayContaining(['_name', '_date']));
      const first = pdfText(saveTmp('name-date.pdf', pdf.bytes)).split('\f')[0] ?? '';
      expect(first).toMatch(/Nimi\s+Päivämäärä/);
    },
    60_000,
  );
});
