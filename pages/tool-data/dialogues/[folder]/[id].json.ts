/**
 * Each practice dialogue's script as a file of its own, `/tool-data/dialogues/<folder>/<id>.json`:
 * the page carries only its opening (PracticeDialogue.astro) and fetches the rest when the
 * reader first plays. The service worker keeps these files for offline use.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { dialogueIds, loadDialogue } from '#tools/dialogue/load.ts';

export const getStaticPaths = (() => {
  const data = path.join(process.cwd(), 'content/data');
  const folders = existsSync(data) ? readdirSync(data).sort() : [];
  return folders.flatMap((folder) => dialogueIds(folder).map((id) => ({ params: { folder, id } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(loadDialogue(String(params.folder), String(params.id))), {
    headers: { 'content-type': 'application/json' },
  });
