/**
 * A worksheet's export and import (client.ts loads this module when one of them is first used):
 * the download of one worksheet's or every worksheet's answers, and reading a file back with the
 * choice of what it changes. Every text from the file is written with textContent, never as HTML.
 */
import { dateLocale } from '../i18n/dates.ts';
import { format, formatCount } from '../translations/format.ts';
import type { Sheet } from './client.ts';
import { $, $$, type El, h } from './dom.ts';
import { downloadText } from './download.ts';
import { decodeEnvelope, type Envelope, keyFor, listWorksheets, loadAll, loadBackups, save } from './storage-api.ts';

import {
  applyImport,
  decodeFile,
  exportName,
  type ImportError,
  makeExport,
  mergeLoose,
  parseImport,
  planImport,
} from './transfer.ts';

export function exportAnswers(sheet: Sheet, action: 'export' | 'export-all'): void {
  if (action === 'export') {
    download(sheet, sheet.spec.id, [sheet.env]);
    return;
  }
  const all = loadAll(sheet.store).filter((x) => x.worksheetId !== sheet.spec.id);
  download(
    sheet,
    sheet.t.allFile,
    [...all, sheet.env].sort((a, b) => a.worksheetId.localeCompare(b.worksheetId)),
    loadBackups(sheet.store),
  );
}

function download(sheet: Sheet, what: string, envs: Envelope[], backups: { key: string; value: string }[] = []): void {
  const name = exportName(what, new Date(), sheet.t.exportFile);
  downloadText(name, makeExport(envs, new Date(), backups));
  sheet.status(format(sheet.t.exported, { name }));
}

export async function importFile(sheet: Sheet, input: HTMLInputElement): Promise<void> {
  const file = input.files?.[0];
  input.value = '';
  if (!file) return;
  const t = sheet.t;
  const panel = $(sheet.root, '[data-ws-import-panel]') as El;
  const info = $(panel, '[data-ws-import-info]') as El;
  const decoded = file.size > 5_000_000 ? undefined : decodeFile(new Uint8Array(await file.arrayBuffer()));
  const parsed = !decoded
    ? ({ ok: false, error: 'tooLarge' } as const)
    : decoded.ok
      ? parseImport(decoded.text)
      : decoded;
  const planned = parsed.ok ? planImport(sheet.spec, sheet.env, parsed.worksheets) : parsed;
  info.replaceChildren();
  panel.hidden = false;
  for (const b of $$(panel, '[data-ws-action=merge],[data-ws-action=replace]')) b.hidden = !planned.ok;
  if (!planned.ok) {
    const e = planned as { error: ImportError; detail?: string };
    const reason = format(t[`err.${e.error}`], { detail: e.detail ?? '' });
    info.append(h('p', format(t.importError, { reason }), 'ws-error'));
  } else {
    const p = planned.plan;
    sheet.plan = p;
    const when = (iso: string) =>
      new Date(iso).toLocaleString(dateLocale(sheet.lang), { dateStyle: 'short', timeStyle: 'short' });
    if (decoded?.ok && decoded.encoding !== 'UTF-8')
      info.append(h('p', format(t.importEncoding, { encoding: decoded.encoding })));
    info.append(
      h('p', formatCount(t, sheet.lang, 'importSummary', p.answered, { date: when(p.mine?.updatedAt ?? '') })),
    );
    const rounds = 1 + (p.mine?.rounds?.length ?? 0);
    if (rounds > 1) info.append(h('p', formatCount(t, sheet.lang, 'importRounds', rounds)));
    if (Object.keys(sheet.env.answers).length)
      info.append(h('p', p.newer > 0 ? t.importNewer : p.newer < 0 ? t.importOlder : t.importSame));
    // Every worksheet of the file with its dates, to choose from: only the chosen ones change.
    const here = new Map(listWorksheets(sheet.store).map((w) => [w.id, w]));
    const list = h('ul', undefined, 'ws-import-list');
    for (const env of [p.mine as Envelope, ...p.others]) {
      const mine = env.worksheetId === sheet.spec.id;
      const stored = mine ? { envelope: sheet.env } : here.get(env.worksheetId);
      const hereText = stored?.envelope
        ? Object.keys(stored.envelope.answers).length
          ? when(stored.envelope.updatedAt)
          : t.importHereNone
        : stored
          ? t.importHereUnreadable
          : t.importHereNone;
      const title = `${mine ? sheet.spec.title : (env.title ?? env.worksheetId)}${mine ? t.importThis : ''}`;
      const label = h('label');
      const box = h('input') as HTMLInputElement;
      box.type = 'checkbox';
      box.value = env.worksheetId;
      box.checked = mine;
      box.disabled = !!stored && !stored.envelope;
      label.append(box, ` ${format(t.importRow, { title, file: when(env.updatedAt), here: hereText })}`);
      const li = h('li');
      li.append(label);
      list.append(li);
    }
    info.append(h('p', t.importPick), list);
  }
  panel.focus();
}

export function applyChosen(sheet: Sheet, mode: 'merge' | 'replace'): void {
  const p = sheet.plan;
  if (!p?.mine) return;
  const panel = $(sheet.root, '[data-ws-import-panel]') as El;
  const chosen = new Set(
    $$<HTMLInputElement>(panel, '.ws-import-list input:checked:not(:disabled)').map((b) => b.value),
  );
  const done: string[] = [];
  if (chosen.has(sheet.spec.id)) {
    sheet.env = applyImport(sheet.spec, sheet.env, p.mine, mode);
    sheet.dirty = true;
    done.push(sheet.spec.title);
  }
  for (const other of p.others) {
    if (sheet.memory || !chosen.has(other.worksheetId)) continue;
    const key = keyFor(other.worksheetId);
    let raw: string | null = null;
    try {
      raw = sheet.store?.getItem(key) ?? null;
    } catch {
      continue;
    }
    const existing = raw === null ? undefined : decodeEnvelope(raw, other.worksheetId);
    // Never write over data that could not be read: its own page backs it up first.
    if (existing && !existing.ok) continue;
    if (save(sheet.store, mergeLoose(existing?.envelope, other, mode)) === 'ok')
      done.push(other.title ?? other.worksheetId);
  }
  sheet.flush();
  sheet.write();
  sheet.refresh();
  closeImport(sheet);
  sheet.status(format(sheet.t.imported, { list: done.join(', ') || '–' }));
}

export function closeImport(sheet: Sheet): void {
  sheet.plan = undefined;
  const panel = $(sheet.root, '[data-ws-import-panel]') as El;
  panel.hidden = true;
  $<HTMLInputElement>(sheet.root, '[data-ws-import]')?.focus();
}
