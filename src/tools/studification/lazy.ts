/**
 * Starts a worksheet summary's code only when there is something to draw: once the worksheet on
 * the page holds answers (typed now, saved before or in another tab: the engine's
 * `worksheet:answers` event, asked for with `worksheet:request`). With none there is nothing to
 * show but the words for that, which the page already has. A box away from its worksheet's form
 * starts at once. Used by the inline loaders of CompetenceProgress and RecognitionSummary.
 */
export function startWhenAnswered(boxes: string, bodySelector: string, start: (root: HTMLElement) => void): void {
  for (const root of document.querySelectorAll<HTMLElement>(boxes)) {
    const id = root.dataset.worksheetId ?? '';
    // The placeholder says "no answers yet" where scripts run (it says "needs JavaScript" in the markup).
    const body = root.querySelector<HTMLElement>(bodySelector);
    const placeholder = body?.querySelector('p');
    if (placeholder && body?.dataset.empty) placeholder.textContent = body.dataset.empty;
    const begin = () => {
      document.removeEventListener('worksheet:answers', onAnswers);
      start(root);
    };
    const onAnswers = (e: Event) => {
      const detail = (e as CustomEvent<{ id?: string; envelope?: { answers?: object } }>).detail;
      if (detail?.id === id && Object.keys(detail.envelope?.answers ?? {}).length > 0) begin();
    };
    const form = document.querySelector(`section.ws[data-worksheet="${CSS.escape(id)}"]`);
    if (!form) begin();
    else {
      document.addEventListener('worksheet:answers', onAnswers);
      form.dispatchEvent(new CustomEvent('worksheet:request'));
    }
  }
}
