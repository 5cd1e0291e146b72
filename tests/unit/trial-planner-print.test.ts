import type { List, ListItem } from 'mdast';
import { toString as mdToString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { loadPlannerData } from '../../src/tools/trial-planner/load.ts';
import printForm from '../../src/tools/trial-planner/TrialPlanner.print.ts';
import { printContext } from './support/print-context.ts';

const data = loadPlannerData('opas');
const context = (locale: string) =>
  printContext(locale, {
    material: 'opas',
    pageUrl: `https://example.org/${locale === 'fi' ? '' : `${locale}/`}opas/kokeilun-suunnittelija/`,
    file: 'content/docs/opas/kokeilun-suunnittelija.mdx',
  });

describe('trial planner print form', () => {
  it('prints every item of every phase as a tick box, with the conditions written out', () => {
    const blocks = printForm({}, [], context('fi'));
    const lists = blocks.filter((b): b is List => b.type === 'list');
    expect(lists).toHaveLength(data.phases.length);
    const items = lists.flatMap((l) => l.children as ListItem[]);
    expect(items).toHaveLength(data.items.length);
    expect(items.every((i) => i.checked === false)).toBe(true);
    const text = items.map((i) => mdToString(i));
    expect(text).toContain(
      'Nimeä kokeilijalle mentori. Hämeen malli -hankkeessa mentorit käyttivät mentorointiin 2–4 tuntia kuukaudessa. (Koskee, jos: Mentori: Ei vielä)',
    );
  });

  it('speaks the page language and links to the online planner', () => {
    const blocks = printForm({}, [], context('en'));
    const intro = blocks[0];
    expect(intro?.type).toBe('paragraph');
    expect(mdToString(intro as never)).toMatch(/^This is the full checklist/);
    expect(JSON.stringify(intro)).toContain('https://example.org/en/opas/kokeilun-suunnittelija/');
    expect(blocks.some((b) => b.type === 'paragraph' && mdToString(b as never) === 'Before the trial')).toBe(true);
  });
});
