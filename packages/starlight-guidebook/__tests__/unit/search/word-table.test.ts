import { describe, expect, it } from 'vitest';
import { formatWordTable, parseWordTable } from '../../../search/word-table.ts';

describe('word table', () => {
  const text = [
    '# comment',
    '#analyser\tvoikko\tfi\tsuomi',
    'työpaikalla\ttyöpaikka\tpaikka',
    'tukea\ttuki tukea\t',
    'mentori\t\t',
    '',
  ].join('\n');

  it('reads forms with their base forms and compound parts, and the analyser line', () => {
    const table = parseWordTable(text, 'content/search/fi.tsv');
    expect(table.analyser).toBe('voikko\tfi\tsuomi');
    expect(table.forms.get('työpaikalla')).toEqual({ lemmas: ['työpaikka'], parts: ['paikka'] });
    expect(table.forms.get('tukea')).toEqual({ lemmas: ['tuki', 'tukea'], parts: [] });
    expect(table.forms.get('mentori')).toEqual({ lemmas: [], parts: [] });
  });

  it('writes sorted lines that read back the same', () => {
    const table = parseWordTable(text, 'x.tsv');
    const written = formatWordTable(table, ['made by a test']);
    expect(written.split('\n').slice(0, 3)).toEqual([
      '# made by a test',
      '#analyser\tvoikko\tfi\tsuomi',
      'mentori\t\t',
    ]);
    expect(parseWordTable(written, 'x.tsv')).toEqual(table);
  });

  it('names the file and line of a malformed line', () => {
    expect(() => parseWordTable('ok\ta\t\nbroken line\n', 'content/search/fi.tsv')).toThrow(
      /content\/search\/fi\.tsv:2: expected "form<TAB>lemmas<TAB>parts"/,
    );
  });
});
