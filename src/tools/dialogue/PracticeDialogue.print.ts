import type { ListItem, PhrasingContent, RootContent } from 'mdast';
import { format, stringsWithPrefix } from 'starlight-guidebook/i18n';
import type { PrintForm } from 'starlight-guidebook/print';
import { tr } from '../language/text.ts';
import { loadDialogue } from './load.ts';
import { outlineTarget, scriptOutline } from './render.ts';
import { type DialogueStrings, dialoguePrefix } from './strings.ts';

const text = (value: string): PhrasingContent => ({ type: 'text', value });

/**
 * On paper a dialogue is its script: a numbered list of the other person's lines, each with the
 * answer options as a list (with feedback and where each leads), so a supervisor and a
 * participant can play it through with a pen.
 */
const printForm: PrintForm = (props, _children, context) => {
  const lang = context.locale;
  const id = typeof props.id === 'string' ? props.id : '';
  if (!id) throw new Error(`${context.file}: <PracticeDialogue> needs id="..."`);
  const folder = typeof props.data === 'string' ? props.data : (context.material ?? '');
  const dialogue = loadDialogue(folder, id);
  const s = stringsWithPrefix<DialogueStrings>(context.t.all(), dialoguePrefix);
  const t = (x: Readonly<Record<string, string>>) => tr(x, lang);
  const other = t(dialogue.roles.other);
  const withTranslation = (x: Readonly<Record<string, string>> & { fi: string }) =>
    lang === 'fi' ? x.fi : `${x.fi} (${t(x)})`;

  const steps: ListItem[] = scriptOutline(dialogue, lang).map((step) => {
    const children: ListItem['children'] = [
      {
        type: 'paragraph',
        children: [
          { type: 'strong', children: [text(`${other}:`)] },
          text(' '),
          ...(step.note
            ? [{ type: 'emphasis', children: [text(`(${step.note})`)] } as PhrasingContent, text(' ')]
            : []),
          text(withTranslation(step.line)),
        ],
      },
    ];
    if (step.choices.length > 0) {
      children.push({
        type: 'list',
        ordered: false,
        spread: false,
        children: step.choices.map(
          (c): ListItem => ({
            type: 'listItem',
            spread: false,
            children: [
              {
                type: 'paragraph',
                children: [
                  text(`${withTranslation(c.say)} `),
                  { type: 'emphasis', children: [text(`${s[c.rating]} ${c.feedback} (${outlineTarget(c, s)})`)] },
                ],
              },
            ],
          }),
        ),
      });
    }
    if (step.end && step.summary) {
      children.push({
        type: 'paragraph',
        children: [{ type: 'strong', children: [text(`${s.scriptEnd}.`)] }, text(` ${step.summary}`)],
      });
    }
    return { type: 'listItem', spread: false, children };
  });

  const blocks: RootContent[] = [
    { type: 'heading', depth: 3, children: [text(t(dialogue.title))] },
    {
      type: 'paragraph',
      children: [{ type: 'strong', children: [text(`${s.setting}:`)] }, text(` ${t(dialogue.setting)}`)],
    },
    {
      type: 'paragraph',
      children: [
        text(format(s.roles, { other: other.toLowerCase(), learner: t(dialogue.roles.learner).toLowerCase() })),
      ],
    },
    { type: 'paragraph', children: [{ type: 'emphasis', children: [text(s.script)] }] },
    { type: 'list', ordered: true, start: 1, spread: false, children: steps },
  ];
  return blocks;
};

export default printForm;
