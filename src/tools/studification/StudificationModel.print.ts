import type { ListItem, RootContent } from 'mdast';
import { stringsWithPrefix } from 'starlight-guidebook/i18n';
import type { PrintForm } from 'starlight-guidebook/print';
import { pickText } from 'starlight-guidebook/worksheets';
import { loadModel, modelImagePath, phaseSentence, phaseTexts } from './model.ts';
import { type ModelStrings, modelPrefix } from './strings.ts';

/**
 * On paper the model is the pre-drawn SVG file under public/ (print colours), which the PDF step
 * rasterises, followed by the same model as a numbered list.
 */
const printForm: PrintForm = (props, _children, context) => {
  const lang = context.locale;
  const material = typeof props.data === 'string' ? props.data : (context.material ?? '');
  const model = loadModel(material);
  const s = stringsWithPrefix<ModelStrings>(context.t.all(), modelPrefix);
  const items: ListItem[] = phaseTexts(model, lang).map((p) => ({
    type: 'listItem',
    spread: false,
    children: [
      {
        type: 'paragraph',
        children: [
          { type: 'strong', children: [{ type: 'text', value: `${p.title}.` }] },
          { type: 'text', value: ` ${phaseSentence(p, s)}` },
        ],
      },
    ],
  }));
  const blocks: RootContent[] = [
    {
      type: 'paragraph',
      children: [
        {
          type: 'image',
          url: modelImagePath(material, lang),
          alt: `${pickText(model.title, lang)}. ${pickText(model.description, lang)}`,
          title: pickText(model.title, lang),
        },
      ],
    },
    { type: 'list', ordered: true, start: 1, spread: false, children: items },
  ];
  return blocks;
};

export default printForm;
