/**
 * Interface strings of the worksheet engine. Finnish is complete; other locales fall back
 * to Finnish key by key. `{n}`-style placeholders are filled by `fill()`; a key ending in `One`
 * is the singular of the key without it, chosen by `plural()`.
 */
const fi = {
  kicker: 'Työlomake',
  requiredNote: 'Tähdellä (*) merkityt kohdat ovat pakollisia.',
  required: 'pakollinen',
  noScript: 'Voit tulostaa lomakkeen ja täyttää sen käsin. Vastausten tallentaminen selaimeen vaatii JavaScriptin.',
  sectionN: 'Osa {n}',
  other: 'Muu, mikä?',
  otherText: 'Kirjoita muu vaihtoehto',
  note: 'Huomio',
  noteFor: 'Huomio: {item}',
  row: 'Rivi {n}',
  cellLabel: '{col}, rivi {n}',
  addRow: 'Lisää rivi',
  removeRow: 'Poista rivi {n}',
  removeShort: 'Poista',
  rowSuffix: ' rivi {n}',
  rowAdded: 'Rivi {n} lisätty.',
  rowRemoved: 'Rivi poistettu.',
  clearChoice: 'Tyhjennä valinta',
  progress: '{done} / {total} vastattu',
  requiredLeft: 'Pakollisia vastaamatta: {n}',
  savedAt: 'Tallennettu klo {time}',
  savedOn: 'Tallennettu {date} klo {time}',
  notSaved: 'Ei vielä tallennettu',
  memoryOnly:
    'Selaimesi ei salli tallentamista (esimerkiksi yksityinen selaustila tai tila täynnä). Lomake toimii, mutta vastaukset katoavat, kun suljet sivun. Vie vastaukset tiedostoon tai tulosta ne.',
  corrupt:
    'Tähän lomakkeeseen tallennettuja tietoja ei voitu lukea. Niitä ei ole poistettu: ne on siirretty talteen varmuuskopioksi tämän selaimen muistiin, ja ne tulevat mukaan, kun viet kaikkien lomakkeiden vastaukset tiedostoon. Voit jatkaa täyttämistä.',
  synced: 'Vastaukset päivitetty toisesta välilehdestä.',
  privacyTitle: 'Vastauksesi pysyvät tällä laitteella',
  privacy:
    'Vastaukset tallentuvat vain tämän selaimen muistiin. Niitä ei lähetetä minnekään. Jos käytät yhteistä tai julkista tietokonetta, tyhjennä vastaukset lopuksi. Selain voi poistaa tallennetut tiedot, jos et käy sivulla pitkään aikaan, joten vie vastaukset tiedostoon tai tulosta ne.',
  tools: 'Vastausten käsittely',
  print: 'Tulosta vastaukset',
  exportOne: 'Vie tämän lomakkeen vastaukset (JSON)',
  exportAll: 'Vie kaikkien lomakkeiden vastaukset (JSON)',
  import: 'Tuo vastaukset tiedostosta',
  clear: 'Tyhjennä vastaukset',
  clearConfirm: 'Haluatko varmasti tyhjentää kaikki tämän lomakkeen vastaukset? Tätä ei voi perua.',
  cleared: 'Vastaukset tyhjennetty.',
  exported: 'Tiedosto {name} tallennettu.',
  importTitle: 'Tuotava tiedosto',
  importError: 'Tiedostoa ei voitu tuoda: {reason}',
  importSummaryOne: 'Tiedostossa on 1 vastaus tähän lomakkeeseen, tallennettu {date}.',
  importSummary: 'Tiedostossa on {n} vastausta tähän lomakkeeseen, tallennettu {date}.',
  importNewer: 'Tiedosto on uudempi kuin tällä laitteella olevat vastaukset.',
  importOlder: 'Tiedosto on vanhempi kuin tällä laitteella olevat vastaukset.',
  importSame: 'Tiedosto on yhtä uusi kuin tällä laitteella olevat vastaukset.',
  importOtherOne: 'Tiedostossa on myös yhden muun lomakkeen vastaukset; ne tallennetaan sen omalle lomakkeelle.',
  importOther: 'Tiedostossa on myös {n} muun lomakkeen vastaukset; ne tallennetaan niiden omille lomakkeille.',
  merge: 'Yhdistä (molempien vastaukset säilyvät; samassa kohdassa uudempi jää voimaan)',
  replace: 'Korvaa nykyiset vastaukset',
  cancel: 'Peruuta',
  imported: 'Vastaukset tuotu.',
  summary: 'Yhteenveto',
  summaryEmpty: 'Asteikkokysymyksiin ei ole vielä vastattu.',
  chartLabel: 'Pylväskaavio asteikkovastauksista. Samat tiedot ovat alla taulukkona.',
  tableAlt: 'Näytä taulukkona',
  question: 'Kysymys',
  answer: 'Vastaus',
  removedTitle: 'Vastaukset poistettuihin kysymyksiin',
  removedHelp:
    'Lomake on muuttunut sen jälkeen, kun vastasit. Nämä vastaukset kuuluvat kysymyksiin, joita lomakkeessa ei enää ole. Ne säilyvät, kunnes tyhjennät vastaukset.',
  'err.tooLarge': 'tiedosto on liian suuri.',
  'err.notJson': 'tiedosto ei ole JSON-muotoinen.',
  'err.notAnswers': 'tiedostossa ei ole tämän sivuston lomakkeiden vastauksia.',
  'err.newerFormat': 'tiedosto on tehty sivuston uudemmalla versiolla, eikä tämä sivu osaa lukea sitä.',
  'err.invalid': 'tiedoston sisältö on virheellinen ({detail}).',
  'err.otherWorksheet':
    'tiedostossa on vain muiden lomakkeiden vastauksia ({detail}). Avaa se lomake, jonka vastauksia haluat tuoda.',
  'err.empty': 'tiedostossa ei ole vastauksia.',
  exportFile: 'vastaukset',
  allFile: 'kaikki',
  yes: 'kyllä',
} as const;

export type WsKey = keyof typeof fi;
export type WsStrings = Record<WsKey, string>;

const en: WsStrings = {
  kicker: 'Worksheet',
  requiredNote: 'Items marked with an asterisk (*) are required.',
  required: 'required',
  noScript: 'You can print the form and fill it in by hand. Saving answers in the browser needs JavaScript.',
  sectionN: 'Part {n}',
  other: 'Other, what?',
  otherText: 'Write the other option',
  note: 'Note',
  noteFor: 'Note: {item}',
  row: 'Row {n}',
  cellLabel: '{col}, row {n}',
  addRow: 'Add a row',
  removeRow: 'Remove row {n}',
  removeShort: 'Remove',
  rowSuffix: ' row {n}',
  rowAdded: 'Row {n} added.',
  rowRemoved: 'Row removed.',
  clearChoice: 'Clear choice',
  progress: '{done} / {total} answered',
  requiredLeft: 'Required items unanswered: {n}',
  savedAt: 'Saved at {time}',
  savedOn: 'Saved on {date} at {time}',
  notSaved: 'Not saved yet',
  memoryOnly:
    'Your browser does not allow saving (for example private browsing, or storage is full). The form works, but your answers will be lost when you close the page. Export your answers to a file or print them.',
  corrupt:
    'Data saved for this worksheet could not be read. It has not been deleted: it was moved to a backup in this browser, and it is included when you export the answers to all worksheets. You can keep filling in the form.',
  synced: 'Answers updated from another tab.',
  privacyTitle: 'Your answers stay on this device',
  privacy:
    'Your answers are saved only in this browser. They are not sent anywhere. If you use a shared or public computer, clear your answers when you are done. The browser may delete saved data if you do not visit the page for a long time, so export your answers to a file or print them.',
  tools: 'Your answers',
  print: 'Print my answers',
  exportOne: 'Export answers to this worksheet (JSON)',
  exportAll: 'Export answers to all worksheets (JSON)',
  import: 'Import answers from a file',
  clear: 'Clear my answers',
  clearConfirm: 'Do you really want to clear all answers to this worksheet? This cannot be undone.',
  cleared: 'Answers cleared.',
  exported: 'File {name} saved.',
  importTitle: 'File to import',
  importError: 'The file could not be imported: {reason}',
  importSummaryOne: 'The file has 1 answer to this worksheet, saved {date}.',
  importSummary: 'The file has {n} answers to this worksheet, saved {date}.',
  importNewer: 'The file is newer than the answers on this device.',
  importOlder: 'The file is older than the answers on this device.',
  importSame: 'The file is as new as the answers on this device.',
  importOtherOne: 'The file also has answers to 1 other worksheet; they are saved for that worksheet.',
  importOther: 'The file also has answers to {n} other worksheets; they are saved for those worksheets.',
  merge: 'Merge (both are kept; where both answered, the newer answer stays)',
  replace: 'Replace current answers',
  cancel: 'Cancel',
  imported: 'Answers imported.',
  summary: 'Summary',
  summaryEmpty: 'No scale questions answered yet.',
  chartLabel: 'Bar chart of scale answers. The same data is in the table below.',
  tableAlt: 'Show as a table',
  question: 'Question',
  answer: 'Answer',
  removedTitle: 'Answers to removed questions',
  removedHelp:
    'The worksheet has changed since you answered. These answers belong to questions the worksheet no longer has. They are kept until you clear your answers.',
  'err.tooLarge': 'the file is too large.',
  'err.notJson': 'the file is not in JSON format.',
  'err.notAnswers': 'the file does not contain answers to worksheets of this site.',
  'err.newerFormat': 'the file was made by a newer version of the site, and this page cannot read it.',
  'err.invalid': 'the content of the file is not valid ({detail}).',
  'err.otherWorksheet':
    'the file only has answers to other worksheets ({detail}). Open the worksheet whose answers you want to import.',
  'err.empty': 'the file has no answers.',
  exportFile: 'answers',
  allFile: 'all',
  yes: 'yes',
};

const sv: Partial<WsStrings> = {
  kicker: 'Arbetsblad',
  requiredNote: 'Punkter märkta med asterisk (*) är obligatoriska.',
  required: 'obligatorisk',
  print: 'Skriv ut mina svar',
  clear: 'Töm mina svar',
  savedAt: 'Sparat kl. {time}',
  savedOn: 'Sparat {date} kl. {time}',
  privacyTitle: 'Dina svar stannar på den här enheten',
};

const all: Record<string, Partial<WsStrings>> = { fi, en, sv };

/** Every string for a locale, with English (the engine's own language) filling the gaps. */
export function wsStrings(locale: string | undefined): WsStrings {
  const base = (locale ?? 'en').split('-')[0] ?? 'en';
  return { ...en, ...(all[base] ?? {}) };
}

export { fill } from './text.ts';
