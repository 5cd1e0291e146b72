/**
 * Read-only access to the answers the worksheet engine saved in this browser, and a way to follow
 * them as they change. The worksheet owns its storage: nothing here ever writes.
 */
import type { Answers, SheetSpec } from 'starlight-guidebook/worksheets/answers';
import { browserStore, decodeEnvelope, fitEnvelope, keyFor } from 'starlight-guidebook/worksheets/storage';

export function readStored(spec: SheetSpec, raw?: string | null): Answers {
  try {
    const text = raw === undefined ? browserStore()?.getItem(keyFor(spec.id)) : raw;
    const read = text ? decodeEnvelope(text, spec.id) : undefined;
    return read?.ok ? fitEnvelope(spec, read.envelope).answers : {};
  } catch {
    return {};
  }
}

/**
 * Calls `show` with the stored answers now, whenever the worksheet on this page reports new
 * answers (the engine's `worksheet:answers` event), and when another tab saves.
 */
export function followAnswers(spec: SheetSpec, show: (answers: Answers) => void): void {
  show(readStored(spec));
  document.addEventListener('worksheet:answers', (e) => {
    const detail = (e as CustomEvent<{ id: string; envelope: { answers: Answers } }>).detail;
    if (detail?.id === spec.id) show(detail.envelope.answers);
  });
  addEventListener('storage', (e) => {
    if (e.key === keyFor(spec.id) || e.key === null) show(readStored(spec, e.newValue));
  });
  // Started after the page's worksheet (these summaries load when scrolled to): ask it for its
  // answers now, typing not yet saved included.
  document
    .querySelector(`section.ws[data-worksheet="${CSS.escape(spec.id)}"]`)
    ?.dispatchEvent(new CustomEvent('worksheet:request'));
}
