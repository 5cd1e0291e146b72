/**
 * Search by base form, for a site's scripts and tests: the word table and its generator, the
 * search keys, the browser's query rewriting, and the page reading they share. The plugin wires
 * the integration itself (index.ts).
 */
export { analyseWithVoikko, voikkoAvailable, voikkoInstall } from './analysers/voikko.ts';
export { formsFilePath, wordTableFile } from './integration.ts';
export { formsFile, formsTable, primaryLanguage, rewriteQuery } from './query.ts';
export { searchKeys } from './search-keys.ts';
export { pagefindStemmer } from './stemmers.ts';
export { formatWordTable, parseWordTable, type WordTable } from './word-table.ts';
export { formatGeneratedTable, generateWordTable, siteWordForms } from './word-table-generate.ts';
export { indexedRegion, searchKeysAttribute, wordsOf } from './words.ts';
