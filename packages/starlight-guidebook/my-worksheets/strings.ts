/**
 * Texts of the "My worksheets" folder (components/MyWorksheets.astro). Finnish is complete; other
 * locales fall back to it key by key. `{n}`-style placeholders are filled by the client.
 */
const fi = {
  folderLink: 'Omat lomakkeeni: kaikki tällä laitteella täytetyt lomakkeet yhdessä paikassa',
  intro:
    'Tällä sivulla ovat kaikki lomakkeet, joihin olet tallentanut vastauksia tällä laitteella ja tässä selaimessa. Vastaukset eivät lähde laitteeltasi.',
  noScript: 'Tallennettujen vastausten näyttäminen vaatii JavaScriptin.',
  empty: 'Et ole vielä tallentanut vastauksia yhteenkään lomakkeeseen tällä laitteella.',
  unavailable:
    'Selaimesi ei salli tallentamista (esimerkiksi yksityinen selaustila tai tallennus estetty), joten tällä laitteella ei ole tallennettuja vastauksia. Voit silti täyttää lomakkeita ja viedä tai tulostaa vastaukset lomakkeen sivulla.',
  caption: 'Lomakkeet, joissa on vastauksia',
  worksheet: 'Lomake',
  material: 'Materiaali',
  answered: 'Vastattu',
  saved: 'Tallennettu',
  answeredOf: '{done} / {total}',
  unknown: 'Lomaketta ei ole tällä sivustolla; vastaukset säilyvät ja tulevat mukaan tiedostoon.',
  actions: 'Kaikki vastaukset kerralla',
  exportAll: 'Vie kaikki vastaukset tiedostoon (JSON)',
  import: 'Tuo vastaukset tiedostosta',
  pdfAll: 'Lataa kaikki vastaukset yhtenä PDF-tiedostona',
  clearAll: 'Tyhjennä kaikki vastaukset',
  clearConfirm:
    'Haluatko varmasti poistaa kaikkien lomakkeiden vastaukset tältä laitteelta? Tätä ei voi perua. Vie vastaukset ensin tiedostoon, jos haluat säilyttää ne.',
  cleared: 'Kaikki vastaukset on poistettu tältä laitteelta.',
  exported: 'Tiedosto {name} tallennettu.',
  importTitle: 'Tuotava tiedosto',
  importSummary: 'Tiedostossa on {n} lomakkeen vastaukset:',
  importSummaryOne: 'Tiedostossa on yhden lomakkeen vastaukset:',
  importExists: 'tällä laitteella on jo vastauksia',
  importNew: 'uusi tälle laitteelle',
  merge: 'Yhdistä (molempien vastaukset säilyvät; samassa kohdassa uudempi jää voimaan)',
  replace: 'Korvaa näiden lomakkeiden vastaukset tiedoston vastauksilla',
  cancel: 'Peruuta',
  imported: 'Vastaukset tuotu.',
  importError: 'Tiedostoa ei voitu tuoda: {reason}',
  saveFailed: 'Kaikkia vastauksia ei voitu tallentaa: selaimen tallennustila on täynnä tai estetty.',
  pdfWorking: 'Teen PDF-tiedostoa…',
  pdfDone: 'PDF-tiedosto on ladattu.',
  pdfFailed: 'PDF-tiedoston teko epäonnistui. Voit tulostaa vastaukset kunkin lomakkeen sivulla.',
  pdfNone: 'Tallennetuilla lomakkeilla ei ole PDF-lomaketta, johon vastaukset voisi kirjoittaa.',
  pdfTitle: 'Omat vastaukseni',
  pdfMade: 'Tehty {date}',
  contents: 'Sisällys',
  page: 'sivu',
  answersOf: 'Vastaukset',
  fileWord: 'vastaukset',
  allFile: 'kaikki',
  'err.tooLarge': 'tiedosto on liian suuri.',
  'err.notJson': 'tiedosto ei ole JSON-muotoinen.',
  'err.notAnswers': 'tiedostossa ei ole tämän sivuston lomakkeiden vastauksia.',
  'err.newerFormat': 'tiedosto on tehty sivuston uudemmalla versiolla, eikä tämä sivu osaa lukea sitä.',
  'err.invalid': 'tiedoston sisältö on virheellinen ({detail}).',
  'err.empty': 'tiedostossa ei ole vastauksia.',
};

export type FolderKey = keyof typeof fi;
export type FolderStrings = Record<FolderKey, string>;

const en: FolderStrings = {
  folderLink: 'My worksheets: every worksheet filled in on this device, in one place',
  intro:
    'This page shows every worksheet you have saved answers to on this device, in this browser. The answers do not leave your device.',
  noScript: 'Showing the saved answers needs JavaScript.',
  empty: 'You have not saved answers to any worksheet on this device yet.',
  unavailable:
    'Your browser does not allow saving (a private window, for example, or saving blocked), so there are no saved answers on this device. You can still fill in worksheets and export or print the answers on the worksheet’s page.',
  caption: 'Worksheets with answers',
  worksheet: 'Worksheet',
  material: 'Material',
  answered: 'Answered',
  saved: 'Saved',
  answeredOf: '{done} of {total}',
  unknown: 'This site has no such worksheet; the answers are kept and go into the file.',
  actions: 'All answers at once',
  exportAll: 'Export all answers to a file (JSON)',
  import: 'Import answers from a file',
  pdfAll: 'Download all answers as one PDF',
  clearAll: 'Clear all answers',
  clearConfirm:
    'Do you really want to delete the answers to every worksheet from this device? This cannot be undone. Export the answers to a file first if you want to keep them.',
  cleared: 'All answers have been deleted from this device.',
  exported: 'File {name} saved.',
  importTitle: 'File to import',
  importSummary: 'The file has answers to {n} worksheets:',
  importSummaryOne: 'The file has answers to one worksheet:',
  importExists: 'this device has answers already',
  importNew: 'new on this device',
  merge: 'Merge (both sets of answers are kept; where both answered, the newer one stays)',
  replace: 'Replace the answers to these worksheets with the file’s',
  cancel: 'Cancel',
  imported: 'Answers imported.',
  importError: 'The file could not be imported: {reason}',
  saveFailed: 'Not every answer could be saved: the browser’s storage is full or blocked.',
  pdfWorking: 'Making the PDF…',
  pdfDone: 'The PDF file has been downloaded.',
  pdfFailed: 'Making the PDF failed. You can print the answers on each worksheet’s page.',
  pdfNone: 'The saved worksheets have no PDF form to write the answers into.',
  pdfTitle: 'My answers',
  pdfMade: 'Made on {date}',
  contents: 'Contents',
  page: 'page',
  answersOf: 'Answers',
  fileWord: 'answers',
  allFile: 'all',
  'err.tooLarge': 'the file is too large.',
  'err.notJson': 'the file is not JSON.',
  'err.notAnswers': 'the file has no answers to this site’s worksheets.',
  'err.newerFormat': 'the file was made by a newer version of the site, which this page cannot read.',
  'err.invalid': 'the file’s content is not valid ({detail}).',
  'err.empty': 'the file has no answers.',
};

const tables: Record<string, Partial<FolderStrings>> = { fi, en };

export function folderStrings(lang: string): FolderStrings {
  const base = lang.split('-')[0] ?? 'fi';
  return { ...fi, ...(tables[base] ?? {}) };
}
