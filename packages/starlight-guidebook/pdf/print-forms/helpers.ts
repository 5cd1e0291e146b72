import type { PhrasingContent, RootContent } from 'mdast';
import type { PrintProps } from '../print-form.ts';

export const text = (value: string): PhrasingContent => ({ type: 'text', value });
export const strong = (value: string): PhrasingContent => ({ type: 'strong', children: [text(value)] });
export const paragraph = (...children: PhrasingContent[]): RootContent => ({ type: 'paragraph', children });
export const prop = (props: PrintProps, name: string): string | undefined => {
  const v = props[name];
  return typeof v === 'string' && v.trim() ? v : undefined;
};
