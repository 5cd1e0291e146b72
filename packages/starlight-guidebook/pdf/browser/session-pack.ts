import { format } from '../../translations/format.ts';
import { inPdfWorker } from './pdf-worker-client.ts';

/**
 * The session pack's behaviour (components/SessionPack.astro): ticking a file adds it to the end
 * of the ordered list, which has move and remove buttons per part; "Make" fetches the chosen files
 * from this site and has the PDF worker put them together (merge.ts). The state is the list alone,
 * kept in memory: nothing is stored or sent.
 */
interface Part {
  url: string;
  title: string;
  language: string;
}

type Strings = Record<
  'up' | 'down' | 'remove' | 'working' | 'done' | 'failed' | 'needOne' | 'moved' | 'removed',
  string
>;

export function setUpSessionPack(root: HTMLElement): void {
  const strings = JSON.parse(root.dataset.strings ?? '{}') as Strings;
  const list = root.querySelector<HTMLOListElement>('[data-pack-order]');
  const empty = root.querySelector<HTMLElement>('[data-pack-empty]');
  const status = root.querySelector<HTMLElement>('[data-pack-status]');
  const make = root.querySelector<HTMLButtonElement>('[data-pack-make]');
  const name = root.querySelector<HTMLInputElement>('[data-pack-name]');
  if (!list || !make || !name) return;
  const say = (text: string) => {
    if (status) status.textContent = text;
  };
  const boxes = () => [...root.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  let parts: Part[] = [];

  const render = (focus?: { url: string; action: 'up' | 'down' | 'remove' }) => {
    list.replaceChildren(
      ...parts.map((part, i) => {
        const item = document.createElement('li');
        const title = document.createElement('span');
        title.className = 'pack-title';
        title.textContent = `${part.title} (${part.language})`;
        const button = (action: 'up' | 'down' | 'remove', disabled: boolean) => {
          const b = document.createElement('button');
          b.className = 'gb-soft-button';
          b.type = 'button';
          b.textContent = strings[action];
          b.setAttribute('aria-label', `${strings[action]}: ${part.title} (${part.language})`);
          b.dataset.action = action;
          b.dataset.url = part.url;
          b.disabled = disabled;
          return b;
        };
        item.append(title, button('up', i === 0), button('down', i === parts.length - 1), button('remove', false));
        return item;
      }),
    );
    if (empty) empty.hidden = parts.length > 0;
    for (const box of boxes()) box.checked = parts.some((p) => p.url === box.value);
    if (!focus) return;
    // Keep the keyboard where it was: on the moved part's same button, or the next one that works.
    const buttons = [...list.querySelectorAll<HTMLButtonElement>('button')];
    const own = buttons.filter((b) => b.dataset.url === focus.url);
    const target =
      own.find((b) => b.dataset.action === focus.action && !b.disabled) ??
      own.find((b) => !b.disabled) ??
      buttons.find((b) => !b.disabled) ??
      name;
    target.focus();
  };

  root.addEventListener('change', (event) => {
    const box = event.target;
    if (!(box instanceof HTMLInputElement)) return;
    if (box.type === 'radio') {
      for (const group of root.querySelectorAll<HTMLElement>('[data-pack-language]')) {
        group.hidden = group.dataset.packLanguage !== box.value;
      }
      return;
    }
    if (box.type !== 'checkbox') return;
    parts = box.checked
      ? [...parts, { url: box.value, title: box.dataset.title ?? box.value, language: box.dataset.language ?? '' }]
      : parts.filter((p) => p.url !== box.value);
    render();
  });

  list.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-action]');
    if (!button) return;
    const index = parts.findIndex((p) => p.url === button.dataset.url);
    const part = parts[index];
    if (!part) return;
    const action = button.dataset.action as 'up' | 'down' | 'remove';
    if (action === 'remove') {
      parts = parts.filter((p) => p !== part);
      say(format(strings.removed, { title: part.title }));
    } else {
      const to = action === 'up' ? index - 1 : index + 1;
      if (to < 0 || to >= parts.length) return;
      const next = [...parts];
      next.splice(index, 1);
      next.splice(to, 0, part);
      parts = next;
      say(format(strings.moved, { title: part.title, n: to + 1, total: parts.length }));
    }
    render({ url: part.url, action });
  });

  make.addEventListener('click', async () => {
    if (parts.length === 0) {
      say(strings.needOne);
      return;
    }
    make.disabled = true;
    say(strings.working);
    try {
      // Same-origin only: the addresses are the site's own PDFs (pdf/paths.ts).
      const files = await Promise.all(
        parts.map(async (part) => {
          const response = await fetch(new URL(part.url, location.href).pathname, { credentials: 'same-origin' });
          if (!response.ok) throw new Error(`${response.status} ${part.url}`);
          return { bytes: await response.arrayBuffer(), title: part.title };
        }),
      );
      const title = name.value.trim() || name.defaultValue;
      const { bytes } = await inPdfWorker(
        { task: 'merge', parts: files, title, lang: root.dataset.lang ?? 'fi' },
        files.map((f) => f.bytes),
      );
      const link = document.createElement('a');
      link.href = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' }));
      link.download = `${fileName(title)}.pdf`;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
      say(strings.done);
    } catch (error) {
      console.error(error);
      say(strings.failed);
    } finally {
      make.disabled = false;
    }
  });

  root.hidden = false;
}

/** A file name from the pack's name: letters (any script), digits and hyphens. */
export function fileName(title: string): string {
  return (
    title
      .normalize('NFC')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80) || 'pdf'
  );
}
