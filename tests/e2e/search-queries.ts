import type { SearchQuery } from '../support/search-quality.ts';

/**
 * The search-quality query set of this site (issue 25): everyday words of the materials in their
 * base form, the same words inflected as a reader might type them, compound parts, and English.
 * A page is relevant when one of its words contains the word in some form; the patterns are
 * written by hand, independent of the analyser whose work they check.
 */
const words: [base: string, inflected: string, relevant: RegExp][] = [
  ['vakuutus', 'vakuutuksista', /vakuutu(s|ks)/],
  ['etuus', 'etuudet', /etuu(s|d|k|t)/],
  ['vahvuus', 'vahvuuksia', /vahvuu(s|d|k|t)/],
  ['kysymys', 'kysymyksiin', /kysymy(s|ks)/],
  ['päätös', 'päätöksen', /päätö(s|ks)/],
  ['perehdytys', 'perehdytyksessä', /perehdy(tys|tyks)/],
  ['osaaminen', 'osaamista', /osaami(n|s)/],
  ['tavoite', 'tavoitteita', /tavoit(e|tee|tei)/],
  ['työpaikka', 'työpaikalla', /työpaik/],
  ['sopimus', 'sopimuksen', /sopimu(s|ks)/],
  ['valmentaja', 'valmentajan', /valmentaj/],
  ['ohjaaja', 'ohjaajalle', /ohjaaj/],
  ['lomake', 'lomakkeen', /lomak(e|kee|kei)/],
  ['vastaus', 'vastauksia', /vastau(s|ks)/],
  ['koulutus', 'koulutukseen', /koulutu(s|ks)/],
  ['tilanne', 'tilanteessa', /tilan(ne|tee|tei)/],
  ['harjoitus', 'harjoituksia', /harjoitu(s|ks)/],
  ['suunnitelma', 'suunnitelmaan', /suunnitelm/],
  ['arviointi', 'arvioinnin', /arvioin(ti|n|te)/],
  ['työnantaja', 'työnantajalle', /työnantaj/],
  ['taito', 'taitoja', /tai(to|do)/],
  ['oppilaitos', 'oppilaitoksessa', /oppilaito(s|ks)/],
  ['kokemus', 'kokemuksia', /kokemu(s|ks)/],
  ['valmennus', 'valmennuksen', /valmennu(s|ks)/],
  ['keskustelu', 'keskustelussa', /keskustelu/],
  ['tutkinto', 'tutkinnon', /tutkin(to|no)/],
  ['asiakas', 'asiakkaan', /asiak(as|ka|ku)/],
  ['palaute', 'palautetta', /palaut(e|tee|tei)/],
  ['työyhteisö', 'työyhteisössä', /työyhteisö/],
  ['tehtävä', 'tehtäviä', /tehtäv/],
];

export const searchQueries: SearchQuery[] = [
  ...words.map(([query, , relevant]) => ({ query, kind: 'base' as const, locale: 'fi', relevant })),
  ...words.map(([, query, relevant]) => ({ query, kind: 'inflected' as const, locale: 'fi', relevant })),
  // Parts of compounds: "kokeilu" in "työkokeilu", "paikka" in "työpaikka".
  { query: 'kokeilu', kind: 'compound', locale: 'fi', relevant: /kokeilu/ },
  { query: 'kokeilun', kind: 'compound', locale: 'fi', relevant: /kokeilu/ },
  { query: 'mentori', kind: 'compound', locale: 'fi', relevant: /mentori/ },
  { query: 'paikka', kind: 'compound', locale: 'fi', relevant: /paik(ka|a|oi|oj)/ },
  { query: 'paikalla', kind: 'compound', locale: 'fi', relevant: /paik(ka|a|oi|oj)/ },
  { query: 'yhteisö', kind: 'compound', locale: 'fi', relevant: /yhteisö/ },
  { query: 'yhteisön', kind: 'compound', locale: 'fi', relevant: /yhteisö/ },
  { query: 'palvelu', kind: 'compound', locale: 'fi', relevant: /palvelu/ },
  { query: 'tutkinto', kind: 'compound', locale: 'fi', relevant: /tutkin(to|no)/ },
  { query: 'sopimus', kind: 'compound', locale: 'fi', relevant: /sopimu(s|ks)/ },
  // English keeps Pagefind's stemming.
  { query: 'trial', kind: 'english', locale: 'en', relevant: /^trial/ },
  { query: 'trials', kind: 'english', locale: 'en', relevant: /^trial/ },
  { query: 'mentoring', kind: 'english', locale: 'en', relevant: /^mentor/ },
  { query: 'employer', kind: 'english', locale: 'en', relevant: /^employer/ },
  { query: 'strengths', kind: 'english', locale: 'en', relevant: /^strength/ },
  { query: 'question', kind: 'english', locale: 'en', relevant: /^question/ },
  { query: 'feedback', kind: 'english', locale: 'en', relevant: /^feedback/ },
  { query: 'competence', kind: 'english', locale: 'en', relevant: /^competen/ },
  { query: 'insurance', kind: 'english', locale: 'en', relevant: /^insur/ },
  { query: 'worksheet', kind: 'english', locale: 'en', relevant: /^worksheet/ },
];
