import { fontUrl } from 'virtual:guidebook/fill-worker-url';
import { format } from '../../translations/format.ts';
import { decodeEnvelope, keyFor } from '../../worksheets/storage.ts';
import { inPdfWorker } from './pdf-worker-client.ts';

/**
 * "Download my answers as PDF": fetches the worksheet's own fillable PDF from this site, has a
 * worker fill it with the answers saved in this browser (the worker fetches a font from this site
 * too when an answer has letters Helvetica lacks), and hands the file to the user. The button
 * carries its texts (rendered in the page's language) in data attributes.
 */
export async function handleAnswersPdfClick(button: HTMLButtonElement): Promise<void> {
  const { worksheet: id = '', locale = 'en', pdf: url = '' } = button.dataset;
  const status = button.parentElement?.querySelector<HTMLElement>('.pdf-answers-status');
  const say = (text: string | undefined) => {
    if (status) status.textContent = text ?? '';
  };
  button.disabled = true;
  say(button.dataset.working);
  try {
    const answers = currentAnswers(id) ?? savedAnswers(id);
    // Same-origin only: the URL is a site path made by src/pdf/paths.ts.
    const response = await fetch(new URL(url, location.href).pathname, { credentials: 'same-origin' });
    if (!response.ok) throw new Error(`${response.status} ${url}`);
    const title =
      document.querySelector(`section[data-worksheet="${CSS.escape(id)}"] .ws-title`)?.textContent?.trim() ?? id;
    const pdf = await response.arrayBuffer();
    const { bytes, unshown, cut } = await inPdfWorker(
      { task: 'fill', pdf, answers, title: `${button.dataset.answersOf} – ${title}`, locale, fontUrl },
      [pdf],
    );
    const blob = new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = `${id}-${(button.dataset.answersOf ?? '').toLowerCase()}.pdf`;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
    const missing = unshown.length > 0 ? format(button.dataset.unshown ?? '', { chars: unshown.join(' ') }) : '';
    say([button.dataset.done, missing, cut.length > 0 ? button.dataset.cut : ''].filter(Boolean).join(' '));
  } catch (error) {
    console.error(error);
    say(button.dataset.failed);
  } finally {
    button.disabled = false;
  }
}

/**
 * The answers on the page right now, including typing not yet saved: the worksheet engine answers
 * a `worksheet:request` event with a `worksheet:answers` event (src/worksheets/client.ts).
 */
function currentAnswers(id: string): Record<string, unknown> | undefined {
  const root = document.querySelector(`section[data-worksheet="${CSS.escape(id)}"]`);
  if (!root) return undefined;
  let answers: Record<string, unknown> | undefined;
  const listen = (event: Event) => {
    const detail = (event as CustomEvent<{ id?: string; envelope?: { answers?: Record<string, unknown> } }>).detail;
    if (detail?.id === id) answers = detail.envelope?.answers;
  };
  root.addEventListener('worksheet:answers', listen);
  root.dispatchEvent(new CustomEvent('worksheet:request'));
  root.removeEventListener('worksheet:answers', listen);
  return answers;
}

/** The answers the worksheet engine saved in this browser (see src/worksheets/storage.ts). */
function savedAnswers(id: string): Record<string, unknown> {
  try {
    const raw = localStorage.getItem(keyFor(id));
    const read = raw ? decodeEnvelope(raw, id) : undefined;
    return read?.ok ? read.envelope.answers : {};
  } catch {
    return {};
  }
}
