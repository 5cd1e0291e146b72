/** The recognition summary in the browser (RecognitionSummary.astro loads this once the worksheet holds answers: lazy.ts). */
import type { SheetSpec } from 'starlight-guidebook/worksheets/answers';
import { specFor } from './form-spec.ts';
import { summariseRecognition } from './recognition.ts';
import { renderSummary } from './recognition-dom.ts';
import { followAnswers } from './stored.ts';
import type { SummaryStrings } from './strings.ts';

export function startSummary(root: HTMLElement): void {
  const spec = specFor<SheetSpec>(
    root.querySelector('[data-opin-summary-spec]')?.textContent,
    root.dataset.worksheetId,
  );
  const lang = root.dataset.lang ?? 'fi';
  const t = JSON.parse(root.dataset.strings ?? '{}') as SummaryStrings;
  const body = root.querySelector<HTMLElement>('[data-opin-summary-body]');
  if (!body || !spec?.id) return;
  followAnswers(spec, (answers) => renderSummary(body, summariseRecognition(spec, answers, lang), t));

  const button = root.querySelector<HTMLButtonElement>('[data-opin-summary-print]');
  if (!button) return;
  button.hidden = false;
  button.addEventListener('click', () => {
    // Print only the summary: a copy of it goes into a host at the end of <body>, and the
    // print styles hide every other child of <body> while the attribute is set.
    const host = document.createElement('div');
    host.className = 'opin-print-host';
    const copy = root.cloneNode(true) as HTMLElement;
    copy.querySelector('[data-opin-summary-print]')?.remove();
    copy.removeAttribute('aria-label');
    host.append(copy);
    document.body.append(host);
    document.documentElement.dataset.opinPrint = 'summary';
    const done = () => {
      delete document.documentElement.dataset.opinPrint;
      host.remove();
    };
    addEventListener('afterprint', done, { once: true });
    print();
  });
}
