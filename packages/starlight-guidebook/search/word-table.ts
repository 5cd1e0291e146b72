/**
 * A locale's word table: every word form found on the site's pages in that language, with the
 * base forms (lemmas) and compound parts a morphological analyser gave it. It is data of the site
 * (`content/search/<locale>.tsv`), generated on a machine that has the analyser
 * (`npm run search:words`) and committed, so a build needs no analyser.
 *
 * Format, one form a line, sorted: `form<TAB>lemma lemma…<TAB>part part…`; a form the analyser
 * did not know has empty lists. Lines starting with `#` are comments; `#analyser<TAB>…` names the
 * analyser and dictionary that made the table.
 */
export interface WordAnalysis {
  lemmas: readonly string[];
  parts: readonly string[];
}

export interface WordTable {
  /** `voikko<TAB><language><TAB><dictionary>`: what made the table. */
  analyser: string;
  forms: Map<string, WordAnalysis>;
}

const list = (field: string | undefined) => (field ? field.split(' ').filter(Boolean) : []);

/** Parses a table; a malformed line is an error with the file and line. */
export function parseWordTable(text: string, file: string): WordTable {
  const forms = new Map<string, WordAnalysis>();
  let analyser = '';
  text.split('\n').forEach((line, index) => {
    if (line.startsWith('#analyser\t')) analyser = line.slice('#analyser\t'.length);
    if (line.startsWith('#') || line.trim() === '') return;
    const [form, lemmas, parts, extra] = line.split('\t');
    if (!form || lemmas === undefined || parts === undefined || extra !== undefined) {
      throw new Error(`${file}:${index + 1}: expected "form<TAB>lemmas<TAB>parts", got "${line}"`);
    }
    forms.set(form, { lemmas: list(lemmas), parts: list(parts) });
  });
  return { analyser, forms };
}

/** Writes a table in its committed form: a header, then one sorted line per form. */
export function formatWordTable(table: WordTable, header: readonly string[]): string {
  const lines = [...table.forms.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([form, { lemmas, parts }]) => `${form}\t${lemmas.join(' ')}\t${parts.join(' ')}`);
  return [...header.map((h) => `# ${h}`), `#analyser\t${table.analyser}`, ...lines, ''].join('\n');
}
