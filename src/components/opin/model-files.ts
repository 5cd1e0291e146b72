/**
 * The model's SVG files under public/, which the PDF books place as images. They are generated
 * from the model data; a unit test fails when a committed file is out of date.
 * Regenerate: `npm exec -- node src/components/opin/model-files.ts`
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadModel, modelImagePath, type ProcessModel } from './model.ts';
import { printPalette, renderModelSvg } from './model-svg.ts';

export const MODEL_LANGS = ['fi', 'en'] as const;

export function modelFileSvg(model: ProcessModel, lang: string): string {
  return `${renderModelSvg(model, lang, { idPrefix: `opin-malli-${lang}`, palette: printPalette, standalone: true })}\n`;
}

export function writeModelFiles(root = process.cwd()): string[] {
  const model = loadModel(root);
  return MODEL_LANGS.map((lang) => {
    const file = path.join(root, 'public', modelImagePath(lang));
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, modelFileSvg(model, lang));
    return file;
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const file of writeModelFiles()) console.log(`wrote ${path.relative(process.cwd(), file)}`);
}
