import { clientSpec, type SheetSpec } from '../../../worksheets/answers.ts';
import { type WorksheetDefinition, type WorksheetInput, worksheetSchema } from '../../../worksheets/schema.ts';
import type { Store } from '../../../worksheets/storage.ts';

const t = (fi: string) => ({ fi, en: `${fi} (en)` });
const opts = (...ids: string[]) => ids.map((id) => ({ id, label: t(id.toUpperCase()) }));

/** A worksheet with every field type. */
export function definition(version = 1, drop: string[] = []): WorksheetDefinition {
  const fields: WorksheetInput['sections'][number]['fields'] = [
    { id: 'nimi', type: 'text', label: t('Nimi'), required: true },
    { id: 'kuvaus', type: 'textarea', label: t('Kuvaus'), lines: 3 },
    { id: 'pvm', type: 'date', label: t('Päivä') },
    { id: 'arvio', type: 'scale', label: t('Arvio'), min: 1, max: 5, minLabel: t('huono'), maxLabel: t('hyvä') },
    { id: 'valinta', type: 'choice', label: t('Valinta'), options: opts('a', 'b', 'c') },
    { id: 'monta', type: 'multi', label: t('Monta'), options: opts('x', 'y'), other: true },
    { id: 'lista', type: 'checklist', label: t('Lista'), items: opts('i1', 'i2'), notes: true },
    { id: 'matriisi', type: 'matrix', label: t('Matriisi'), rows: opts('r1', 'r2'), scale: { min: 0, max: 3 } },
    {
      id: 'taulu',
      type: 'table',
      label: t('Taulu'),
      columns: [
        { id: 'tavoite', label: t('Tavoite') },
        { id: 'pvm', label: t('Milloin'), type: 'date' },
      ],
    },
    { id: 'ohje', type: 'info', text: t('Ohje') },
  ];
  return worksheetSchema.parse({
    id: 'testi',
    version,
    audience: 'participant',
    material: 'opas',
    title: t('Testi'),
    intro: t('Johdanto'),
    sections: [{ title: t('Osa'), fields: fields.filter((f) => !drop.includes(f.id)) }],
  });
}

export function spec(version = 1, drop: string[] = []): SheetSpec {
  return clientSpec(definition(version, drop), 'fi');
}

/** Answers to every field of `definition()`. */
export const fullAnswers = {
  nimi: 'Maija',
  kuvaus: 'Pitkä\nteksti',
  pvm: '2026-11-24',
  arvio: 4,
  valinta: 'b',
  monta: { selected: ['x'], other: 'jotain muuta' },
  lista: { checked: ['i2'], notes: { i1: 'huomio' } },
  matriisi: { r1: 0, r2: 3 },
  taulu: [{ tavoite: 'Työpaikka', pvm: '2027-01-01' }, {}],
};

/** An in-memory Web Storage, with switches for the failures browsers produce. */
export class FakeStore implements Store {
  data = new Map<string, string>();
  /** Throw a QuotaExceededError on writes. */
  full = false;
  /** Characters (keys and values) the store holds at most, as a browser's quota. */
  quota = 5_200_000;
  /** Throw a SecurityError on everything (storage disabled). */
  disabled = false;
  get length() {
    if (this.disabled) throw new DOMException('denied', 'SecurityError');
    return this.data.size;
  }
  key(i: number) {
    if (this.disabled) throw new DOMException('denied', 'SecurityError');
    return [...this.data.keys()][i] ?? null;
  }
  getItem(k: string) {
    if (this.disabled) throw new DOMException('denied', 'SecurityError');
    return this.data.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    if (this.disabled) throw new DOMException('denied', 'SecurityError');
    if (this.full) throw new DOMException('full', 'QuotaExceededError');
    let used = k.length + String(v).length;
    for (const [key, value] of this.data) if (key !== k) used += key.length + value.length;
    if (used > this.quota) throw new DOMException('full', 'QuotaExceededError');
    this.data.set(k, String(v));
  }
  removeItem(k: string) {
    if (this.disabled) throw new DOMException('denied', 'SecurityError');
    this.data.delete(k);
  }
}
