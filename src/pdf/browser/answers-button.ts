import { keyFor, parseEnvelope } from '../../worksheets/storage.ts';
import { t } from '../strings.ts';
import { fillAnswers } from './fill.ts';

/**
 * "Download my answers as PDF": fetches the worksheet's own fillable PDF from this site (the only
 * request), fills it with the answers saved in this browser and hands the file to the user.
 * This module (and pdf-lib) is loaded only when the button is pressed.
 */
export async function handleAnswersPdfClick(button: HTMLButtonElement): Promise<void> {
  const id = button.dataset.worksheet ?? '';
  const locale = button.dataset.locale ?? 'fi';
  const url = button.dataset.pdf ?? '';
  const status = button.parentElement?.querySelector<HTMLElement>('.pdf-answers-status');
  const say = (text: string) => {
    if (status) status.textContent = text;
  };
  button.disabled = true;
  say(t(locale, 'answers.working'));
  try {
    const answers = currentAnswers(id) ?? savedAnswers(id);
    // Same-origin only: the URL is a site path made by src/pdf/paths.ts.
    const response = await fetch(new URL(url, location.href).pathname, { credentials: 'same-origin' });
    if (!response.ok) throw new Error(`${response.status} ${url}`);
    const title =
      document.querySelector(`section[data-worksheet="${CSS.escape(id)}"] .ws-title`)?.textContent?.trim() ?? id;
    const bytes = await fillAnswers(await response.arrayBuffer(), answers, {
      title: `${t(locale, 'pdf.answersOf')} – ${title}`,
      locale,
    });
    const blob = new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = `${id}-${t(locale, 'pdf.answersOf').toLowerCase()}.pdf`;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
    say(t(locale, 'answers.done'));
  } catch (error) {
    console.error(error);
    say(t(locale, 'answers.failed'));
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
    const envelope = raw ? parseEnvelope(JSON.parse(raw), id) : undefined;
    return envelope?.answers ?? {};
  } catch {
    return {};
  }
}
