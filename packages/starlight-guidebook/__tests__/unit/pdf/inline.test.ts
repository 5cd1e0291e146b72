import type { PhrasingContent } from 'mdast';
import { describe, expect, it } from 'vitest';
import { toRuns, visibleAddress } from '../../../pdf/book/inline.ts';
import { site } from './support.ts';

const options = { site, accent: '#000001', muted: '#000002' };

describe('inline runs', () => {
  it('shows the address of a link after its text', () => {
    const nodes: PhrasingContent[] = [
      { type: 'text', value: 'Katso ' },
      { type: 'link', url: '/opas/roolit/', children: [{ type: 'text', value: 'roolit' }] },
      { type: 'text', value: '.' },
    ];
    const runs = toRuns(nodes, options);
    expect(runs.map((r) => r.text).join('')).toBe('Katso roolit (example.org/opas/opas/roolit/).');
    expect(runs.find((r) => r.text === 'roolit')?.link).toBe('https://example.org/opas/opas/roolit/');
  });

  it('does not repeat an address that is already the text', () => {
    const runs = toRuns(
      [{ type: 'link', url: 'https://example.org/', children: [{ type: 'text', value: 'example.org' }] }],
      options,
    );
    expect(runs.map((r) => r.text).join('')).toBe('example.org');
  });

  it('keeps emphasis and strong as font styles', () => {
    const runs = toRuns(
      [
        { type: 'strong', children: [{ type: 'text', value: 'lihava' }] },
        { type: 'text', value: ' ja ' },
        { type: 'emphasis', children: [{ type: 'text', value: 'kursiivi' }] },
      ],
      options,
    );
    expect(runs).toEqual([
      { text: 'lihava', bold: true, italic: false },
      { text: ' ja ', bold: false, italic: false },
      { text: 'kursiivi', bold: false, italic: true },
    ]);
  });

  it('hides in-page anchors and strips mailto:', () => {
    expect(visibleAddress('#osio', site)).toBeUndefined();
    expect(visibleAddress('mailto:a@example.org', site)).toBe('a@example.org');
  });
});
