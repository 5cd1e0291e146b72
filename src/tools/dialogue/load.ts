import { readdirSync } from 'node:fs';
import path from 'node:path';
import { DataError } from 'starlight-guidebook/schemas';
import { readYaml } from '../language/load.ts';
import { checkDialogue } from './engine.ts';
import { type Dialogue, dialogueSchema } from './schema.ts';

const cache = new Map<string, Dialogue>();

/** Loads and checks `content/data/<folder>/dialogues/<id>.yaml`; the build fails on any problem. */
export function loadDialogue(folder: string, id: string, root = process.cwd()): Dialogue {
  const file = path.posix.join('content/data', folder, 'dialogues', `${id}.yaml`);
  const key = `${root}|${file}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const problems: string[] = [];
  const dialogue = readYaml(file, root, dialogueSchema, problems);
  if (!dialogue) throw new DataError(problems, `Dialogue ${file} is not valid`);
  if (dialogue.id !== id) problems.push(`${file}: id: id "${dialogue.id}" must match the file name "${id}"`);
  problems.push(...checkDialogue(dialogue).map((p) => `${file}: ${p}`));
  if (problems.length > 0) throw new DataError(problems, `Dialogue ${file} is not valid`);
  cache.set(key, dialogue);
  return dialogue;
}

/** Ids of every dialogue in a folder, for listings and tests. */
export function dialogueIds(folder: string, root = process.cwd()): string[] {
  const dir = path.join(root, 'content/data', folder, 'dialogues');
  try {
    return readdirSync(dir)
      .filter((n) => n.endsWith('.yaml') && !n.startsWith('_'))
      .map((n) => n.replace(/\.yaml$/, ''))
      .sort();
  } catch {
    return [];
  }
}

/** Where the built site serves a dialogue's script for the browser (pages/tool-data/dialogues/…). */
export function dialogueDataPath(base: string, folder: string, id: string): string {
  return `${base.replace(/\/?$/, '/')}tool-data/dialogues/${folder}/${id}.json`;
}
