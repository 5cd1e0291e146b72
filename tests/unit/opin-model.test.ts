import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  loadModel,
  modelImagePath,
  parseModel,
  phaseSentence,
  phaseTexts,
} from '../../src/tools/studification/model.ts';
import { MODEL_LANGS, modelFileSvg } from '../../src/tools/studification/model-files.ts';
import { cssPalette, renderModelSvg, wrap } from '../../src/tools/studification/model-svg.ts';
import { type ModelStrings, modelPrefix } from '../../src/tools/studification/strings.ts';
import { printContext, toolStrings } from './support/print-context.ts';

const model = loadModel('opinnollistaminen');

describe('studification model', () => {
  it('has eight phases that loop back from readiness to learning', () => {
    expect(model.phases).toHaveLength(8);
    expect(model.phases.find((p) => p.loopTo)?.loopTo).toBe('oppiminen');
  });

  it.each(MODEL_LANGS)('committed print SVG for %s is up to date (regenerate with model-files.ts)', (lang) => {
    const file = readFileSync(`public${modelImagePath('opinnollistaminen', lang)}`, 'utf8');
    expect(file).toBe(modelFileSvg(model, lang));
  });

  it('inline SVG is an accessible image with title and description, coloured by theme variables', () => {
    const svg = renderModelSvg(model, 'fi', { idPrefix: 'x', palette: cssPalette });
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="x-title x-desc"/);
    expect(svg).toContain('<title id="x-title">Opinnollistaminen työkokeilussa</title>');
    expect(svg).toContain('<desc id="x-desc">');
    expect(svg).toContain('var(--sl-color-accent-high)');
    expect(svg).not.toMatch(/#[0-9a-f]{6}/i);
  });

  it('escapes text', () => {
    const tricky = parseModel(
      readFileSync('content/data/opinnollistaminen/malli.yaml', 'utf8').replace('Sovitaan tavoite', 'A <b> & "c"'),
    );
    const svg = renderModelSvg(tricky, 'fi', { idPrefix: 'x', palette: cssPalette });
    expect(svg).toContain('A &lt;b&gt; &amp; &quot;c&quot;');
  });

  it('text alternative names every phase, who is responsible and the document', () => {
    const fi = phaseTexts(model, 'fi');
    expect(fi.map((p) => p.n)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    const second = fi[1];
    expect(second && phaseSentence(second, toolStrings<ModelStrings>('fi', modelPrefix))).toContain(
      'Vastaa: Työpaikka, Oppilaitos.',
    );
    const en = phaseTexts(model, 'en');
    expect(en[7]?.title).toBe('Skills demonstration');
  });

  it('rejects unknown roles and forward loops with the file and path', () => {
    const src = readFileSync('content/data/opinnollistaminen/malli.yaml', 'utf8');
    expect(() => parseModel(src.replace('lead: [oppilaitos]', 'lead: [rehtori]'))).toThrow(
      /malli\.yaml:\d+:\d+: phases\[\d+\] \(id "[a-z-]+"\)(\.lead)?: unknown role "rehtori"/,
    );
    expect(() => parseModel(src.replace('loopTo: oppiminen', 'loopTo: naytto'))).toThrow(/earlier phase/);
  });
});

describe('wrap', () => {
  it('wraps at word boundaries and splits long hyphenated words', () => {
    expect(wrap('Oppimisympäristön tunnistamisraportti', 18)).toEqual(['Oppimisympäristön', 'tunnistamisraportti']);
    expect(wrap('Learning-environment recognition report', 18)).toEqual([
      'Learning-',
      'environment',
      'recognition report',
    ]);
    expect(wrap('', 10)).toEqual([]);
  });
});

describe('print forms of the studification components', () => {
  const context = (locale: string) =>
    printContext(locale, {
      material: 'opinnollistaminen',
      pageUrl: 'https://example.org/opinnollistaminen/vaiheet/',
      file: 'content/docs/opinnollistaminen/vaiheet.mdx',
    });

  it.each(MODEL_LANGS)('the model prints as an existing SVG image and an ordered list (%s)', async (lang) => {
    const { default: printModel } = await import('../../src/tools/studification/StudificationModel.print.ts');
    const blocks = printModel({}, [], context(lang));
    const image = JSON.stringify(blocks[0]);
    expect(image).toContain(`"url":"${modelImagePath('opinnollistaminen', lang)}"`);
    expect(existsSync(`public${modelImagePath('opinnollistaminen', lang)}`)).toBe(true);
    expect(blocks[1]).toMatchObject({ type: 'list', ordered: true });
    expect((blocks[1] as { children: unknown[] }).children).toHaveLength(8);
  });

  it('the summary and progress print as a pointer to the online page', async () => {
    for (const file of ['RecognitionSummary', 'CompetenceProgress']) {
      const { default: form } = await import(`../../src/tools/studification/${file}.print.ts`);
      const out = JSON.stringify(form({}, [], context('fi')));
      expect(out).toContain('"type":"link"');
      expect(out).toContain('https://example.org/opinnollistaminen/vaiheet/');
    }
  });
});
