import type { PhrasingContent, RootContent, Table, TableCell, TableRow } from 'mdast';
import { format, stringsWithPrefix } from 'starlight-guidebook/i18n';
import type { PrintForm } from 'starlight-guidebook/print';
import { loadLanguageData } from './load.ts';
import { type ExplorerStrings, explorerPrefix } from './strings.ts';
import { tr } from './text.ts';

const text = (value: string): PhrasingContent => ({ type: 'text', value });
const cell = (...children: PhrasingContent[]): TableCell => ({ type: 'tableCell', children });
const paragraph = (...children: PhrasingContent[]): RootContent => ({ type: 'paragraph', children });
const lowerFirst = (x: string) => x.charAt(0).toLocaleLowerCase() + x.slice(1);

/**
 * On paper the explorer becomes what can be discussed without a browser: the note that the levels
 * are illustrative, then each example task with a table of its level per skill and what the skill
 * is needed for, and the task's typical language situations. (One table per task keeps the columns
 * wide enough for the long Finnish skill names on A4.)
 */
const printForm: PrintForm = (props, _children, context) => {
  const lang = context.locale;
  const folder = typeof props.data === 'string' ? props.data : (context.material ?? '');
  const data = loadLanguageData(folder);
  const s = stringsWithPrefix<ExplorerStrings>(context.t.all(), explorerPrefix);
  const t = (x: Readonly<Record<string, string>>) => tr(x, lang);

  const blocks: RootContent[] = [
    paragraph({ type: 'strong', children: [text(s.note)] }, text(` ${s.disclaimer}`)),
    paragraph({ type: 'emphasis', children: [text(s.examplesCaption)] }),
  ];
  for (const task of data.tasks) {
    const header: TableRow = {
      type: 'tableRow',
      children: [cell(text(s.colSkill)), cell(text(s.colRequired)), cell(text(s.colWhy))],
    };
    const rows: TableRow[] = data.skills.map((k) => {
      const demand = task.demands[k.id];
      return {
        type: 'tableRow',
        children: [cell(text(t(k.label))), cell(text(demand?.level ?? '')), cell(text(demand ? t(demand.note) : ''))],
      };
    });
    const table: Table = { type: 'table', align: [null, 'center', null], children: [header, ...rows] };
    const situations = task.situations
      .map((id) => data.situations.find((x) => x.id === id))
      .filter((x) => x !== undefined)
      .map((x) => lowerFirst(t(x.label)));
    blocks.push(
      { type: 'heading', depth: 3, children: [text(t(task.label))] },
      paragraph(text(t(task.description))),
      table,
      paragraph({ type: 'strong', children: [text(`${s.situations}:`)] }, text(` ${situations.join(', ')}.`)),
    );
  }
  blocks.push(paragraph(text(format(s.printOnline, { url: context.pageUrl }))));
  return blocks;
};

export default printForm;
