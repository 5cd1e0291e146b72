/**
 * Pagefind's stemmers (Snowball), per language, as Orama publishes them compiled from the same
 * Snowball sources. The engine stems a page's words and its keys as Pagefind will, to leave out a
 * key Pagefind would find anyway. Only languages Pagefind stems are listed (its
 * fossick/mod.rs `get_stemmer`); another language gets no stemmer and keeps every key.
 */
import { createRequire } from 'node:module';

type Stemmer = (word: string) => string;

/** Language code → Orama's module name. */
const modules: Record<string, string> = {
  ar: 'arabic',
  hy: 'armenian',
  da: 'danish',
  nl: 'dutch',
  en: 'english',
  fi: 'finnish',
  fr: 'french',
  de: 'german',
  el: 'greek',
  hu: 'hungarian',
  id: 'indonesian',
  ga: 'irish',
  it: 'italian',
  lt: 'lithuanian',
  ne: 'nepali',
  no: 'norwegian',
  pt: 'portuguese',
  ro: 'romanian',
  ru: 'russian',
  sr: 'serbian',
  es: 'spanish',
  sv: 'swedish',
  ta: 'tamil',
  tr: 'turkish',
};

// Node's own require: the engine runs inside Astro's config loader, whose import() is closed by
// the time the build's later hooks run.
const require = createRequire(import.meta.url);

/**
 * The stemmer Pagefind uses for a language, if it stems that language at all; it remembers its
 * answers, as every page of a site stems much the same words.
 */
export function pagefindStemmer(language: string): Stemmer | undefined {
  const name = modules[language];
  if (!name) return undefined;
  const stem = (require(`@orama/stemmers/${name}`) as { stemmer: Stemmer }).stemmer;
  const known = new Map<string, string>();
  return (word) => {
    let stemmed = known.get(word);
    if (stemmed === undefined) {
      stemmed = stem(word);
      known.set(word, stemmed);
    }
    return stemmed;
  };
}
