/**
 * When the explorer's code loads. The page shows at first what the build rendered, which is what
 * the code shows for a reader with nothing saved; the code (its state, storage and renderer, two
 * thirds of what the page would load) is needed only
 *   - at once when this browser holds saved choices for it, or cannot store any (the code says so);
 *   - when the reader first reaches for the tool: a pointer on it, the keyboard's focus in it, an
 *     edit or a press;
 *   - when another tab saves choices for it.
 * Edits and presses made while the code loads are kept and replayed once it runs: nothing the
 * reader did before it arrived is lost.
 */
type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** One edit or press made before the code ran. */
interface Pending {
  el: Element;
  type: 'input' | 'change' | 'click';
  value?: string;
  checked?: boolean;
}

function needsCodeNow(keys: readonly string[]): boolean {
  try {
    if (keys.some((k) => localStorage.getItem(k) !== null)) return true;
    // Storage that takes no writes (full, read-only): the code tells the reader before they start.
    const probe = 'guidebook:worksheet:__probe'; // the engine's own probe (storage.ts, writable)
    localStorage.setItem(probe, '1');
    localStorage.removeItem(probe);
    return false;
  } catch {
    return true;
  }
}

export function startWhenReached(root: HTMLElement, load: () => Promise<(root: HTMLElement) => void>): void {
  const keys = (root.dataset.savedKeys ?? '').split(' ').filter(Boolean);
  const pending: Pending[] = [];
  const record = (e: Event) => {
    const target = e.target as Element;
    if (e.type === 'click') {
      const button = target.closest('button');
      if (button && root.contains(button)) pending.push({ el: button, type: 'click' });
    } else if (e.type === 'input' || e.type === 'change') {
      const c = target as Control;
      pending.push({
        el: c,
        type: e.type,
        value: c.value,
        ...(c instanceof HTMLInputElement ? { checked: c.checked } : {}),
      });
    }
    begin();
  };
  const triggers = ['pointerdown', 'focusin', 'keydown', 'input', 'change', 'click'] as const;
  const onStorage = (e: StorageEvent) => {
    if (e.key === null || keys.includes(e.key)) begin();
  };
  let started = false;
  function begin(): void {
    if (started) return;
    started = true;
    removeEventListener('storage', onStorage);
    load().then(
      (init) => {
        for (const t of triggers) root.removeEventListener(t, record, true);
        init(root);
        // The reader's edits, on the controls the code has just set from what was saved.
        for (const p of pending) {
          if (p.type === 'click') (p.el as HTMLButtonElement).click();
          else {
            const c = p.el as Control;
            if (p.value !== undefined) c.value = p.value;
            if (p.checked !== undefined && c instanceof HTMLInputElement) c.checked = p.checked;
            c.dispatchEvent(new Event(p.type, { bubbles: true }));
          }
        }
      },
      (error: unknown) => console.error('language explorer', error),
    );
  }
  if (needsCodeNow(keys)) {
    begin();
    return;
  }
  for (const t of triggers) root.addEventListener(t, record, true);
  addEventListener('storage', onStorage);
}
