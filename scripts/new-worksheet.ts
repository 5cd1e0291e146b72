#!/usr/bin/env node
// npm run new:worksheet -- <id> [--material <slug>]
// Writes content/worksheets/<id>.yaml: a valid starting definition in Finnish and English.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { nearest } from 'starlight-guidebook/schemas';
import { parseWorksheet } from 'starlight-guidebook/worksheets/load';

const idPattern = /^[a-z0-9][a-z0-9-]*$/;

export function worksheetTemplate(id: string, material: string): string {
  return `# A worksheet definition. Every field type with an example: docs/AUTHORING.md.
# The file name is the id. Raise "version" when you change fields after publishing.
id: ${id}
version: 1
audience: participant
material: ${material}
title:
  fi: Uusi lomake
  en: New worksheet
intro:
  fi: Kerro lyhyesti, mitä lomakkeella tehdään ja kenelle se on.
  en: Say briefly what the worksheet is for and who fills it in.
sections:
  - title:
      fi: Ensimmäinen osa
      en: First part
    fields:
      - id: paiva
        type: date
        label:
          fi: Päivämäärä
          en: Date
      - id: tilanne
        type: scale
        min: 1
        max: 5
        minLabel:
          fi: Heikosti
          en: Poorly
        maxLabel:
          fi: Hyvin
          en: Well
        label:
          fi: Miten asiat sujuvat nyt?
          en: How are things going now?
      - id: ajatukset
        type: textarea
        lines: 4
        label:
          fi: Mitä haluat kertoa?
          en: What would you like to say?
`;
}

export interface Created {
  file: string;
}

/**
 * Writes the starting file; refuses to overwrite and checks that the result is valid. With the
 * site config's `materials`, the material must be one of them (the build would reject it).
 */
export function newWorksheet(root: string, id: string, material: string, materials?: readonly string[]): Created {
  if (!idPattern.test(id)) {
    throw new Error(
      `"${id}" is not a valid worksheet id: use lowercase letters, digits and hyphens, e.g. oma-suunnitelma`,
    );
  }
  if (!idPattern.test(material)) throw new Error(`"${material}" is not a valid material slug`);
  if (materials && !materials.includes(material)) {
    const close = nearest(material, materials);
    throw new Error(
      `"${material}" is not a material in site.config.ts (${close ? `did you mean "${close}"?` : `one of: ${materials.join(', ')}`})`,
    );
  }
  const file = path.posix.join('content/worksheets', `${id}.yaml`);
  for (const existing of [file, file.replace(/\.yaml$/, '.yml')]) {
    if (existsSync(path.join(root, existing))) throw new Error(`${existing} already exists; not overwriting it`);
  }
  const text = worksheetTemplate(id, material);
  const parsed = parseWorksheet(file, text);
  if (!parsed.ok) throw new Error(`internal error, the template is not valid:\n${parsed.problems.join('\n')}`);
  mkdirSync(path.join(root, 'content/worksheets'), { recursive: true });
  writeFileSync(path.join(root, file), text, { flag: 'wx' });
  return { file };
}

/** The materials of site.config.ts, in its order. */
async function configMaterials(root: string): Promise<string[]> {
  const config = (await import(path.join(root, 'site.config.ts'))).default as { materials: { slug: string }[] };
  return config.materials.map((m) => m.slug);
}

if (import.meta.main) {
  const args = process.argv.slice(2);
  const at = args.indexOf('--material');
  const material = at >= 0 ? args.splice(at, 2)[1] : undefined;
  const [id] = args;
  try {
    if (!id) throw new Error('usage: npm run new:worksheet -- <id> [--material <slug>]');
    const root = process.cwd();
    const materials = await configMaterials(root);
    const chosen = material ?? materials[0];
    if (!chosen) throw new Error('site.config.ts lists no materials; add one first');
    const { file } = newWorksheet(root, id, chosen, materials);
    console.log(`Created ${file}. Show it on a page with:\n  <Worksheet id="${id}" />`);
  } catch (error) {
    console.error(`new:worksheet: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
