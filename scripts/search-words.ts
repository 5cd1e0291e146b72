// Makes each locale's word table for search by base form (content/search/<locale>.tsv) from the
// built site and the locale's analyser. Run after `npm run build`, on a machine with the analyser
// (Voikko: apt-get install python3-libvoikko voikko-fi), then build again and commit the table.
//   npm run search:words            every locale in site.config.ts `searchBaseForms`
//   npm run search:words -- fi      one locale
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { formatGeneratedTable, generateWordTable, wordTableFile } from 'starlight-guidebook/search';
import siteConfig from '../site.config.ts';

const root = path.resolve(import.meta.dirname, '..');
const distDir = path.resolve(root, process.env.GUIDEBOOK_OUT_DIR ?? 'dist');
const asked = process.argv.slice(2);
const locales = Object.keys(siteConfig.searchBaseForms).filter((l) => asked.length === 0 || asked.includes(l));
if (locales.length === 0) {
  console.error('site.config.ts: searchBaseForms lists no such locale; nothing to do.');
  process.exit(1);
}

for (const locale of locales) {
  const options = siteConfig.searchBaseForms[locale];
  if (!options) continue;
  try {
    const table = await generateWordTable(distDir, locale, options);
    const file = path.join(root, wordTableFile(locale));
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, formatGeneratedTable(table));
    const known = [...table.forms.values()].filter((a) => a.lemmas.length > 0).length;
    console.log(
      `${wordTableFile(locale)}: ${table.forms.size} word forms, ${known} known to the analyser (${table.analyser.replaceAll('\t', ' ')})`,
    );
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
console.log('Build again to index the new table, and commit it.');
