/**
 * The model's SVG files under public/, which the PDF books place as images. They are generated
 * from the model data; a unit test fails when a committed file is out of date.
 * Regenerate: `npm exec -- node src/tools/studification/model-files.ts`
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadModel, modelImagePath, type ProcessModel } from './model.ts';
import { printPalette, renderModelSvg } from './model-svg.ts';

export const MODEL_LANGS = ['fi', 'en'] as const;

export function modelFileSvg(model: ProcessModel, lang: string): string {
  return `${renderModelSvg(model, lang, { idPrefix: `opin-malli-${lang}`, palette: printPalette, standalone: true })}\n`;
}

export function writeModelFiles(material: string, root = process.cwd()): string[] {
  const model = loadModel(material, root);
  return MODEL_LANGS.map((lang) => {
    const file = path.join(root, 'public', modelImagePath(material, lang));
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, modelFileSvg(model, lang));
    return file;
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // Every material with a model: content/data/<material>/malli.yaml.
  const data = path.join(process.cwd(), 'content/data');
  for (const material of readdirSync(data).filter((m) => existsSync(path.join(data, m, 'malli.yaml')))) {
    for (const file of writeModelFiles(material)) console.log(`wrote ${path.relative(process.cwd(), file)}`);
  }
}
