/** The few DOM helpers the worksheet's scripts share. */
export type El = HTMLElement;
export const $ = <T extends Element = El>(root: ParentNode, sel: string) => root.querySelector<T>(sel);
export const $$ = <T extends Element = El>(root: ParentNode, sel: string) => [...root.querySelectorAll<T>(sel)];
export const h = (tag: string, text?: string, cls?: string): El => {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (cls) e.className = cls;
  return e;
};
