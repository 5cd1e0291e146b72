import type { WorksheetDefinition } from './schema.ts';

/**
 * The worksheet content collection keeps each definition as one JSON string (`data.json`), not as
 * nested objects: Astro serialises its whole data store with devalue at every build, and the 33
 * definitions' deep objects took five times as long as all the pages together.
 */
export interface StoredWorksheet {
  json: string;
}

const parsed = new Map<string, WorksheetDefinition>();

/** The definition of a worksheet collection entry, parsed once per build. */
export function definitionOf(entry: { id: string; data: unknown }): WorksheetDefinition {
  const { json } = entry.data as StoredWorksheet;
  let definition = parsed.get(json);
  if (!definition) {
    definition = JSON.parse(json) as WorksheetDefinition;
    parsed.set(json, definition);
  }
  return definition;
}
