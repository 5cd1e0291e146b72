import type { List, ListItem, Paragraph, PhrasingContent } from 'mdast';
import { stringsWithPrefix } from 'starlight-guidebook/i18n';
import type { PrintBlock, PrintForm } from 'starlight-guidebook/print';
import { loadPlannerData } from './load.ts';
import { type PlannerStrings, plannerPrefix } from './strings.ts';
import { conditionText, localize } from './tailor.ts';

/**
 * In a PDF book the planner cannot ask questions, so it prints the full checklist, phase by
 * phase, as a list of tick boxes; conditional items say when they apply.
 */
const printForm: PrintForm = (props, _children, context) => {
  const folder = typeof props.data === 'string' ? props.data : (context.material ?? '');
  const data = loadPlannerData(folder);
  const locale = context.locale;
  const t = stringsWithPrefix<PlannerStrings>(context.t.all(), plannerPrefix);
  const blocks: PrintBlock[] = [];
  const intro: Paragraph = {
    type: 'paragraph',
    children: [
      { type: 'text', value: `${t.printIntro} ` },
      { type: 'link', url: context.pageUrl, children: [{ type: 'text', value: t.printLink }] },
      { type: 'text', value: '.' },
    ],
  };
  blocks.push(intro);
  for (const phase of data.phases) {
    const items = data.items.filter((item) => item.phase === phase.id);
    if (items.length === 0) continue;
    blocks.push({
      type: 'paragraph',
      children: [{ type: 'strong', children: [{ type: 'text', value: localize(phase.title, locale) }] }],
    });
    const list: List = {
      type: 'list',
      ordered: false,
      spread: false,
      children: items.map((item): ListItem => {
        const condition = conditionText(data, item, locale);
        // The space before the note sits in the plain text: renderers may trim it inside emphasis.
        const text = localize(item.text, locale) + (condition ? ' ' : '');
        const children: PhrasingContent[] = [{ type: 'text', value: text }];
        if (condition)
          children.push({ type: 'emphasis', children: [{ type: 'text', value: `(${t.appliesIf}: ${condition})` }] });
        return { type: 'listItem', checked: false, spread: false, children: [{ type: 'paragraph', children }] };
      }),
    };
    blocks.push(list);
  }
  return blocks;
};

export default printForm;
