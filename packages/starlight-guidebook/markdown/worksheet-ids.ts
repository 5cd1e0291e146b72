/**
 * mdast plugin: every `<Worksheet id="..." />` in MDX must name a worksheet that exists in
 * content/worksheets/. A wrong id fails the build like a compiler error: file, line, column, id.
 */
import type { MdastPluginDefinition } from 'satteri';
import { componentCheck, type JsxElement, jsxAttribute, worksheetFileExists } from './source.ts';

/** The problem with one element, or undefined when it is fine. */
export function checkWorksheetElement(node: JsxElement, exists: (id: string) => boolean): string | undefined {
  const id = jsxAttribute(node, 'id');
  if (id === undefined) return '<Worksheet> needs an id attribute, e.g. <Worksheet id="my-worksheet" />';
  if (typeof id !== 'string') {
    return '<Worksheet id> must be a plain string, e.g. id="my-worksheet", so the build can check it';
  }
  if (!exists(id)) {
    return `<Worksheet id="${id}" />: no worksheet "${id}" (expected a file content/worksheets/${id}.yaml)`;
  }
  return undefined;
}

export function worksheetIds(): MdastPluginDefinition {
  return componentCheck('guidebook-worksheet-ids', 'Worksheet', (node, root) =>
    checkWorksheetElement(node, (id) => worksheetFileExists(root, id)),
  );
}
