import type { PhrasingContent, RootContent, Table, TableCell, TableRow } from 'mdast';
import type { PrintForm } from '../pdf/print-form.ts';
import { loadLanguageData } from '../tools/language/load.ts';
import { explorerStrings } from '../tools/language/strings.ts';
import { tr } from '../tools/language/text.ts';

const text = (value: string): PhrasingContent => ({ type: 'text', value });
const cell = (...children: PhrasingContent[]): TableCell => ({ type: 'tableCell', children });

/**
 * On paper the explorer becomes what can be discussed without a browser: the note that the levels
 * are illustrative, a table of the example tasks with their levels per skill, and each task's
 * typical language situations.
 */
const printForm: PrintForm = (props, _children, context) => {
  const lang = context.locale;
  const folder = typeof props.data === 'string' ? props.data : 'vieraskieliset';
  const data = loadLanguageData(folder);
  const s = explorerStrings(lang);
  const t = (x: { fi: string; en?: string | undefined }) => tr(x, lang);

  const header: TableRow = {
    type: 'tableRow',
    children: [cell(text(s.colTask)), ...data.skills.map((k) => cell(text(t(k.short ?? k.label))))],
  };
  const rows: TableRow[] = data.tasks.map((task) => ({
    type: 'tableRow',
    children: [cell(text(t(task.label))), ...data.skills.map((k) => cell(text(task.demands[k.id]?.level ?? '')))],
  }));
  const table: Table = {
    type: 'table',
    align: [null, ...data.skills.map(() => 'center' as const)],
    children: [header, ...rows],
  };

  // Explain the short headings that differ from the full skill names.
  const abbreviations = data.skills
    .filter((k) => k.short && t(k.short) !== t(k.label))
    .map((k) => `${t(k.short ?? k.label)} = ${t(k.label).toLowerCase()}`);

  const situations: RootContent = {
    type: 'list',
    ordered: false,
    spread: false,
    children: data.tasks.map((task) => ({
      type: 'listItem',
      spread: false,
      children: [
        {
          type: 'paragraph',
          children: [
            { type: 'strong', children: [text(`${t(task.label)}:`)] },
            text(
              ` ${task.situations
                .map((id) => data.situations.find((x) => x.id === id))
                .filter((x) => x !== undefined)
                .map((x) => t(x.label).toLowerCase())
                .join(', ')}.`,
            ),
          ],
        },
      ],
    })),
  };

  return [
    { type: 'paragraph', children: [{ type: 'strong', children: [text(s.note)] }, text(` ${s.disclaimer}`)] },
    { type: 'paragraph', children: [{ type: 'emphasis', children: [text(s.examplesCaption)] }] },
    table,
    ...(abbreviations.length > 0
      ? [
          {
            type: 'paragraph',
            children: [{ type: 'emphasis', children: [text(`${abbreviations.join('; ')}.`)] }],
          } as RootContent,
        ]
      : []),
    { type: 'paragraph', children: [{ type: 'strong', children: [text(s.situations)] }] },
    situations,
    { type: 'paragraph', children: [text(s.printOnline.replace('{url}', context.pageUrl))] },
  ];
};

export default printForm;
