import { expect, it } from 'vitest';
import printForm from '../../../components/Worksheet.print.ts';
import { guideTranslator } from '../../../translations/site.ts';

const context = {
  locale: 'fi',
  material: 'opas',
  pageUrl: 'https://example.org/opas/x/',
  file: 'content/docs/opas/x.mdx',
  t: guideTranslator('/nonexistent', 'fi', 'fi'),
};

it('a worksheet prints as a worksheet block', () => {
  expect(printForm({ id: 'oma-tilanne-nyt' }, [], context)).toEqual([{ type: 'worksheet', id: 'oma-tilanne-nyt' }]);
});

it('a worksheet without an id fails naming the page', () => {
  expect(() => printForm({}, [], context)).toThrow('content/docs/opas/x.mdx: <Worksheet>: the id attribute is missing');
});
