/** Interface strings of the language-requirement explorer. Finnish is complete; English mirrors it. */
const fi = {
  toolName: 'Kielitaitotyökalu',
  note: 'Huom.',
  disclaimer:
    'Tasot ovat havainnollistavia esimerkkejä keskustelun pohjaksi, eivät virallisia kielitaitovaatimuksia. Todellinen vaatimus riippuu työpaikasta, tuesta ja siitä, miten työ on järjestetty.',
  step1: '1. Valitse työtehtävä',
  taskLabel: 'Työtehtävä',
  customOption: 'Oma työtehtävä – kuvaile itse',
  customName: 'Työtehtävän nimi',
  customHelp: 'Kirjoita lyhyesti, mikä työ on. Valitse sitten alla tasot ja tilanteet itse.',
  customDefault: 'Oma työtehtävä',
  customDescription: 'Mitä työssä tehdään? (vapaaehtoinen)',
  step2: '2. Mitä tehtävä vaatii?',
  step2Help:
    'Esimerkkitehtävissä tasot on valittu valmiiksi. Omassa tehtävässä kaikki tasot alkavat tasolta A2. Muuta tasoja, jos työ omalla työpaikallanne on erilainen, ja keskustelkaa muutoksista yhdessä.',
  demandCaption: 'Tehtävän kielitaitovaatimus taidoittain',
  colSkill: 'Taito',
  colRequired: 'Vaadittu taso',
  colWhy: 'Mihin tarvitaan',
  reset: 'Palauta esimerkin tasot',
  situations: 'Tyypilliset kielenkäytön tilanteet',
  situationsHelp: 'Valitse tilanteet, joita tässä työssä on. Avaa tilanne nähdäksesi esimerkkilauseita.',
  phrases: 'Esimerkkilauseita',
  step3: '3. Arvioi oma tasosi',
  step3Help:
    'Valitse jokaisesta taidosta vaihtoehto, joka kuvaa sinua parhaiten nyt. Arvio on sinun oma, eikä sitä lähetetä minnekään.',
  notRatedOption: 'En osaa vielä sanoa',
  step4: '4. Tulos',
  resultTask: 'Työtehtävä',
  chartTitle: 'Tehtävän vaatimus ja oma taso taidoittain',
  chartDesc:
    'Vaakapalkit: raidallinen palkki on tehtävän vaatima taso, yhtenäinen palkki oma arvio. Samat tiedot ovat alla olevassa taulukossa.',
  legendRequired: 'Tehtävän vaatimus (raidallinen)',
  legendOwn: 'Oma arvio (yhtenäinen)',
  tableCaption: 'Vaatimus, oma arvio ja ero taidoittain',
  colOwn: 'Oma arvio',
  colGap: 'Ero',
  notRated: 'ei arvioitu',
  gap: 'puuttuu {n} tasoa',
  gapOne: 'puuttuu 1 taso',
  met: 'riittää',
  suggestions: 'Harjoitusehdotukset',
  noGaps:
    'Oma arviosi riittää kaikissa arvioiduissa taidoissa. Hienoa! Voit silti harjoitella tilanteita, joita työssä on.',
  rateFirst: 'Arvioi ensin oma tasosi kohdassa 3, niin näet ehdotukset.',
  unratedNote: 'Et ole vielä arvioinut näitä taitoja:',
  groupHeading: '{skill}: tavoitteena seuraavaksi {level}',
  groupGap: 'Vaatimus {required}, oma arvio {own}.',
  generalTips: 'Harjoittele',
  situationTips: 'Harjoittele tilanteissa',
  statusGaps: 'Tulos päivitetty: eroa {n} taidossa.',
  statusNone: 'Tulos päivitetty: ei eroja arvioiduissa taidoissa.',
  statusUnrated: 'Tulos päivitetty: arvioi oma tasosi.',
  print: 'Tulosta tulos',
  clear: 'Tyhjennä valinnat',
  clearConfirm: 'Tyhjennetäänkö kaikki valinnat tästä selaimesta?',
  storage:
    'Valintasi tallentuvat vain tämän laitteen selaimeen. Niitä ei lähetetä minnekään. Tyhjennä valinnat, jos käytät yhteistä tietokonetta.',
  corrupt:
    'Aiemmin tallennettuja valintoja ei voitu lukea. Ne on siirretty sivuun selaimen muistissa, ja työkalu aloittaa alusta.',
  memory:
    'Selaimesi ei salli tallentamista (esimerkiksi yksityinen selaustila tai tallennustila täynnä). Työkalu toimii, mutta valinnat katoavat, kun suljet sivun. Tulosta tulos tai lataa valinnat tiedostoon.',
  locked:
    'Aiemmin tallennettuja valintoja ei voitu lukea eikä siirtää talteen, koska selaimen tallennustila on täynnä. Niihin ei ole koskettu. Uusia valintoja ei tallenneta: tulosta tulos tai lataa valinnat tiedostoon.',
  exportButton: 'Lataa valinnat tiedostoon (JSON)',
  noScript: 'Työkalu tarvitsee JavaScriptin. Alla olevassa taulukossa ovat esimerkkitehtävien tasot.',
  examplesCaption: 'Esimerkkitehtävien kielitaitovaatimukset (havainnollistavia esimerkkejä)',
  colTask: 'Työtehtävä',
  belowLowestShort: 'alle A1',
  printOnline: 'Voit valita tehtävän, muuttaa tasoja ja arvioida oman tasosi verkossa: {url}',
};

export type ExplorerKey = keyof typeof fi;

const en: Record<ExplorerKey, string> = {
  toolName: 'Language-requirement explorer',
  note: 'Note:',
  disclaimer:
    'The levels are illustrative examples for discussion, not official language requirements. The real demand depends on the workplace, the support available and how the work is arranged.',
  step1: '1. Choose a job task',
  taskLabel: 'Job task',
  customOption: 'My own job task – describe it',
  customName: 'Name of the job task',
  customHelp: 'Write briefly what the work is. Then choose the levels and situations below yourself.',
  customDefault: 'My own job task',
  customDescription: 'What does the work involve? (optional)',
  step2: '2. What does the task demand?',
  step2Help:
    'For the example tasks the levels are chosen already. For your own task every level starts at A2. Change the levels if the work at your workplace is different, and discuss the changes together.',
  demandCaption: 'Language demands of the task by skill',
  colSkill: 'Skill',
  colRequired: 'Level needed',
  colWhy: 'What it is needed for',
  reset: 'Restore the example levels',
  situations: 'Typical language situations',
  situationsHelp: 'Choose the situations this work has. Open a situation to see example phrases.',
  phrases: 'Example phrases',
  step3: '3. Rate your own level',
  step3Help:
    'For each skill, choose the option that describes you best now. The rating is yours and is not sent anywhere.',
  notRatedOption: 'I cannot say yet',
  step4: '4. Result',
  resultTask: 'Job task',
  chartTitle: 'Level needed and own level by skill',
  chartDesc:
    'Horizontal bars: the striped bar is the level the task needs, the solid bar is the own rating. The same data is in the table below.',
  legendRequired: 'Level needed (striped)',
  legendOwn: 'Own rating (solid)',
  tableCaption: 'Level needed, own rating and the difference by skill',
  colOwn: 'Own rating',
  colGap: 'Difference',
  notRated: 'not rated',
  gap: '{n} levels to go',
  gapOne: '1 level to go',
  met: 'enough',
  suggestions: 'Practice suggestions',
  noGaps:
    'Your own rating is enough in every skill you rated. Well done! You can still practise the situations this work has.',
  rateFirst: 'Rate your own level in step 3 first, then you will see suggestions.',
  unratedNote: 'You have not rated these skills yet:',
  groupHeading: '{skill}: next goal {level}',
  groupGap: 'Needed {required}, own rating {own}.',
  generalTips: 'Practise',
  situationTips: 'Practise in situations',
  statusGaps: 'Result updated: a difference in {n} skills.',
  statusNone: 'Result updated: no differences in the rated skills.',
  statusUnrated: 'Result updated: rate your own level.',
  print: 'Print the result',
  clear: 'Clear choices',
  clearConfirm: 'Clear all choices from this browser?',
  storage:
    'Your choices are saved only in this device’s browser. They are not sent anywhere. Clear your choices if you use a shared computer.',
  corrupt:
    'Choices saved earlier could not be read. They have been moved aside in the browser’s storage, and the tool starts afresh.',
  memory:
    'Your browser does not allow saving (for example private browsing, or storage is full). The tool works, but your choices will be lost when you close the page. Print the result or download your choices as a file.',
  locked:
    'Choices saved earlier could not be read, and they could not be moved to a backup because the browser storage is full. They have not been touched. New choices are not saved: print the result or download your choices as a file.',
  exportButton: 'Download the choices as a file (JSON)',
  noScript: 'The tool needs JavaScript. The table below shows the levels of the example tasks.',
  examplesCaption: 'Language demands of the example tasks (illustrative examples)',
  colTask: 'Job task',
  belowLowestShort: 'below A1',
  printOnline: 'You can choose a task, adjust the levels and rate your own level online: {url}',
};

const all: Record<string, Record<ExplorerKey, string>> = { fi, en };

export function explorerStrings(lang: string): Record<ExplorerKey, string> {
  return all[lang.split('-')[0] ?? 'fi'] ?? fi;
}
