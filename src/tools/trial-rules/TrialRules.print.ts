import { asideBlock, type PrintForm, parseMdx } from 'starlight-guidebook/print';
import { readRules } from './source.ts';

/** In a PDF book the rules box is the same boxed note as on the web, from the same Markdown file. */
const printForm: PrintForm = (_props, _children, context) => {
  const { file, source } = readRules(context.locale);
  const { tree, frontmatter } = parseMdx(source, file);
  const title = typeof frontmatter.title === 'string' ? frontmatter.title : undefined;
  return [asideBlock('note', title, tree.children, context.locale)];
};

export default printForm;
