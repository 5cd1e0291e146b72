import { fontUrl } from 'virtual:guidebook/fill-worker-url';
import { inPdfWorker } from '../pdf/browser/pdf-worker-client.ts';
import { fileName } from '../pdf/browser/session-pack.ts';
import { format, formatCount } from '../translations/format.ts';
import { browserStore, type Envelope, KEY_PREFIX } from '../worksheets/storage.ts';
import { exportName, makeExport, parseImport } from '../worksheets/transfer.ts';
import {
  type CatalogEntry,
  clearEverything,
  type FolderRow,
  folderRows,
  importEverything,
  pdfParts,
  savedEverything,
  summariseImport,
} from './folder.ts';
import type { FolderStrings } from './strings.ts';

/**
 * The folder page in the browser (components/MyWorksheets.astro): the list of saved worksheets and
 * the actions on all of them. Reads and writes only this browser's storage; files go to and come
 * from the user's own disk; the PDF is made in the page's PDF worker from the site's own files.
 */
export function setUpMyWorksheets(root: HTMLElement): void {
  const json = <T>(selector: string, fallback: T): T => {
    try {
      return JSON.parse(root.querySelector(selector)?.textContent ?? '') as T;
    } catch {
      return fallback;
    }
  };
  const catalog = json<CatalogEntry[]>('[data-my-catalog]', []);
  const s = json<FolderStrings>('[data-my-strings]', {} as FolderStrings);
  const lang = root.dataset.lang ?? 'fi';
  const part = <T extends Element>(selector: string) => root.querySelector<T>(selector);
  const status = part<HTMLElement>('[data-my-status]');
  const say = (text: string) => {
    if (status) status.textContent = text;
  };
  const store = browserStore();
  let rows: FolderRow[] = [];
  let pending: Envelope[] = [];

  const when = (iso: string) =>
    new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));

  const render = () => {
    rows = folderRows(savedEverything(store).envelopes, catalog);
    const table = part<HTMLTableElement>('[data-my-table]');
    const body = part<HTMLElement>('[data-my-rows]');
    const empty = part<HTMLElement>('[data-my-empty]');
    const unavailable = part<HTMLElement>('[data-my-unavailable]');
    if (unavailable) unavailable.hidden = store !== null;
    if (empty) empty.hidden = store === null || rows.length > 0;
    if (table) table.hidden = rows.length === 0;
    body?.replaceChildren(
      ...rows.map((row) => {
        const tr = document.createElement('tr');
        const name = document.createElement('th');
        name.scope = 'row';
        if (row.href) {
          const link = document.createElement('a');
          link.href = row.href;
          link.textContent = row.title;
          name.append(link);
        } else name.textContent = row.title;
        if (!row.known) {
          const note = document.createElement('p');
          note.textContent = s.unknown;
          name.append(note);
        }
        const cell = (label: string, text: string) => {
          const td = document.createElement('td');
          td.dataset.label = label;
          td.textContent = text;
          return td;
        };
        tr.append(
          name,
          cell(s.material, row.material || '–'),
          cell(
            s.answered,
            format(s.answeredOf, { done: row.answered, total: row.total }) +
              (row.rounds > 1 ? ` · ${formatCount(s, lang, 'rounds', row.rounds)}` : ''),
          ),
          cell(s.saved, when(row.updatedAt)),
        );
        return tr;
      }),
    );
    const actions = part<HTMLElement>('[data-my-actions]');
    if (actions) actions.hidden = store === null;
    for (const button of root.querySelectorAll<HTMLButtonElement>(
      '[data-my-action="pdf"], [data-my-action="export"], [data-my-action="clear"]',
    )) {
      button.disabled = rows.length === 0 && savedEverything(store).backups.length === 0;
    }
    const pdf = part<HTMLButtonElement>('[data-my-action="pdf"]');
    if (pdf) pdf.disabled = !rows.some((r) => r.pdf);
  };

  const download = (blob: Blob, name: string) => {
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = name;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  };

  const exportAll = () => {
    const { envelopes, backups } = savedEverything(store);
    const name = exportName(s.allFile, new Date(), s.fileWord);
    download(new Blob([makeExport(envelopes, new Date(), backups)], { type: 'application/json' }), name);
    say(format(s.exported, { name }));
  };

  const answersPdf = async (button: HTMLButtonElement) => {
    const withPdf = rows.filter((r) => r.pdf);
    if (withPdf.length === 0) {
      say(s.pdfNone);
      return;
    }
    button.disabled = true;
    say(s.pdfWorking);
    try {
      // In the order of the list (newest first), each worksheet's own fillable PDF from this site.
      // A repeatable worksheet comes once per round, oldest first, each round's form filled in.
      const day = (iso: string) => new Intl.DateTimeFormat(lang, { dateStyle: 'medium' }).format(new Date(iso));
      const parts = (
        await Promise.all(
          withPdf.map(async (row) => {
            const response = await fetch(new URL(row.pdf, location.href).pathname, { credentials: 'same-origin' });
            if (!response.ok) throw new Error(`${response.status} ${row.pdf}`);
            const pdf = await response.arrayBuffer();
            const rounds = pdfParts(row, (r) =>
              format(s.pdfRound, {
                title: row.title,
                n: r.n,
                name: r.name ? `: ${r.name}` : '',
                date: day(r.startedAt),
              }),
            );
            // Each part needs its own copy: the worker takes the buffers it is given.
            return rounds.map((part, i) => ({ pdf: i === 0 ? pdf : pdf.slice(0), ...part }));
          }),
        )
      ).flat();
      const date = new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).format(new Date());
      const { bytes } = await inPdfWorker(
        {
          task: 'answersBook',
          parts,
          title: s.pdfTitle,
          lang,
          cover: { lines: [format(s.pdfMade, { date })], contents: s.contents, pageWord: s.page },
          fontUrl,
        },
        parts.map((p) => p.pdf),
      );
      download(
        new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' }),
        `${fileName(s.pdfTitle)}.pdf`,
      );
      say(s.pdfDone);
    } catch (error) {
      console.error(error);
      say(s.pdfFailed);
    } finally {
      button.disabled = false;
    }
  };

  const importPanel = part<HTMLElement>('[data-my-import-panel]');
  const showImport = async (file: File) => {
    const parsed = parseImport(await file.text());
    if (!parsed.ok) {
      const reason = format(s[`err.${parsed.error}` as keyof FolderStrings] ?? s['err.invalid'], {
        detail: parsed.detail ?? '',
      });
      say(format(s.importError, { reason }));
      return;
    }
    pending = parsed.worksheets;
    const summary = summariseImport(store, pending, catalog);
    const info = part<HTMLElement>('[data-my-import-info]');
    const lead = document.createElement('p');
    lead.textContent = formatCount(s, lang, 'importSummary', summary.worksheets.length);
    const list = document.createElement('ul');
    for (const w of summary.worksheets) {
      const li = document.createElement('li');
      const rounds = w.rounds > 1 ? `, ${formatCount(s, lang, 'importRounds', w.rounds)}` : '';
      li.textContent = `${w.title} (${w.existsHere ? s.importExists : s.importNew}${rounds})`;
      list.append(li);
    }
    info?.replaceChildren(lead, list);
    if (importPanel) {
      importPanel.hidden = false;
      importPanel.focus();
    }
  };
  const finishImport = (mode: 'merge' | 'replace' | 'cancel') => {
    if (mode !== 'cancel' && pending.length > 0) {
      const result = importEverything(store, pending, catalog, mode);
      say(result === 'ok' ? s.imported : s.saveFailed);
    }
    pending = [];
    if (importPanel) importPanel.hidden = true;
    const input = part<HTMLInputElement>('[data-my-import]');
    if (input) input.value = '';
    render();
    part<HTMLElement>('[data-my-import]')?.focus();
  };

  root.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-my-action]');
    if (!button) return;
    const action = button.dataset.myAction;
    if (action === 'export') exportAll();
    else if (action === 'pdf') void answersPdf(button);
    else if (action === 'clear') {
      if (!window.confirm(s.clearConfirm)) return;
      say(clearEverything(store) === 'ok' ? s.cleared : s.saveFailed);
      render();
    } else if (action === 'merge' || action === 'replace' || action === 'cancel') finishImport(action);
  });
  part<HTMLInputElement>('[data-my-import]')?.addEventListener('change', (event) => {
    const file = (event.target as HTMLInputElement).files?.[0];
    if (file) void showImport(file);
  });
  // Answers saved in another tab show here at once.
  addEventListener('storage', (event: StorageEvent) => {
    if (event.key === null || event.key.startsWith(KEY_PREFIX)) render();
  });
  // Coming back to the page from history: the answers may have changed meanwhile.
  addEventListener('pageshow', (event: PageTransitionEvent) => {
    if (event.persisted) render();
  });

  const noscript = part<HTMLElement>('[data-my-noscript]');
  if (noscript) noscript.hidden = true;
  render();
}
