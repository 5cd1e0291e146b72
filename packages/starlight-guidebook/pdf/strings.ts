/**
 * Words the PDF engine prints or shows next to PDF links. Generic (no project names): those come
 * from site.config.ts. Finnish is complete; other locales fall back to it key by key.
 */
const fi = {
  'link.worksheet': 'Tulostettava lomake',
  'link.material': 'Koko materiaali PDF-kirjana',
  'link.page': 'Tämä sivu tulostettavana PDF-tiedostona',
  'link.pages': (n: number) => (n === 1 ? '1 sivu' : `${n} sivua`),
  'link.fillable': 'täytettävä',
  'downloads.materials': 'Materiaalit kirjoina',
  'downloads.worksheets': 'Lomakkeet',
  'downloads.file': 'Tiedosto',
  'downloads.size': 'Koko',
  'downloads.pageCount': 'Sivuja',
  'downloads.notYet': 'PDF-tiedostot tehdään sivuston koontivaiheessa (npm run build).',
  'pdf.page': (x: number, y: number) => `Sivu ${x} / ${y}`,
  /** A contents entry's link, as a screen reader says it: "Roolit, sivu 5". */
  'pdf.tocEntry': (title: string, x: number) => `${title}, sivu ${x}`,
  'pdf.contents': 'Sisällys',
  'pdf.chapter': 'Luku',
  'pdf.seeChapter': (title: string) => `ks. ”${title}”`,
  'pdf.worksheets': 'Lomakkeet',
  'pdf.worksheet': 'Lomake',
  'pdf.fillOnline': 'Täytä verkossa',
  'pdf.name': 'Nimi',
  'pdf.date': 'Päivämäärä',
  'pdf.other': 'Muu, mikä',
  'pdf.notes': 'Huomiot',
  'pdf.answersOf': 'Vastaukset',
  'pdf.printed': 'Tulostettu',
  'pdf.edition': 'Versio',
  'pdf.euEmblem': 'Euroopan unionin lippu',
  'answers.button': 'Lataa vastaukseni PDF-tiedostona',
  'answers.working': 'Teen PDF-tiedostoa…',
  'answers.done': 'PDF-tiedosto on ladattu.',
  'answers.failed': 'PDF-tiedoston teko epäonnistui. Voit tulostaa sivun selaimen tulostustoiminnolla.',
  'answers.unshown':
    'PDF-tiedostossa ei ole kirjainta kaikille merkeille ({chars}), vaan niiden tilalla on kysymysmerkki. Tulosta vastaukset -painike tulostaa kaikki merkit.',
  'answers.cut':
    'Kaikki vastaukset eivät mahtuneet lomakkeen kenttiin: niiden koko teksti on tiedoston lopussa, ja kentässä on viittaus siihen (esimerkiksi … [1]).',
  'pack.intro':
    'Valitse lomakkeet ja kortit, järjestä ne ja tee niistä yksi PDF-tiedosto tulostettavaksi. Jokaiselle osalle tulee kirjanmerkki. Tiedosto kootaan tällä laitteella sivuston omista tiedostoista; mitään ei lähetetä minnekään.',
  'pack.language': 'Kieli',
  'pack.cards': 'Kortit',
  'pack.choose': 'Valitse osat',
  'pack.order': 'Paketin järjestys',
  'pack.empty': 'Et ole vielä valinnut yhtään osaa.',
  'pack.up': 'Siirrä ylös',
  'pack.down': 'Siirrä alas',
  'pack.remove': 'Poista',
  'pack.name': 'Tiedoston nimi',
  'pack.defaultName': 'Tapaamisen materiaalit',
  'pack.make': 'Tee yksi PDF-tiedosto',
  'pack.working': 'Kokoan PDF-tiedostoa…',
  'pack.done': 'PDF-tiedosto on ladattu.',
  'pack.failed': 'PDF-tiedoston kokoaminen epäonnistui. Voit ladata tiedostot yksitellen yllä olevista taulukoista.',
  'pack.needOne': 'Valitse ensin vähintään yksi osa.',
  'pack.moved': 'Siirretty: {title}, kohta {n} / {total}.',
  'pack.removed': 'Poistettu: {title}.',
};

type Strings = typeof fi;
export type StringKey = keyof Strings;

const en: Strings = {
  'link.worksheet': 'Printable form',
  'link.material': 'The whole material as a PDF book',
  'link.page': 'This page as a printable PDF',
  'link.pages': (n: number) => (n === 1 ? '1 page' : `${n} pages`),
  'link.fillable': 'fillable',
  'downloads.materials': 'Materials as books',
  'downloads.worksheets': 'Forms',
  'downloads.file': 'File',
  'downloads.size': 'Size',
  'downloads.pageCount': 'Pages',
  'downloads.notYet': 'The PDF files are made when the site is built (npm run build).',
  'pdf.page': (x: number, y: number) => `Page ${x} / ${y}`,
  'pdf.tocEntry': (title: string, x: number) => `${title}, page ${x}`,
  'pdf.contents': 'Contents',
  'pdf.chapter': 'Chapter',
  'pdf.seeChapter': (title: string) => `see “${title}”`,
  'pdf.worksheets': 'Forms',
  'pdf.worksheet': 'Form',
  'pdf.fillOnline': 'Fill in online',
  'pdf.name': 'Name',
  'pdf.date': 'Date',
  'pdf.other': 'Other, what',
  'pdf.notes': 'Notes',
  'pdf.answersOf': 'Answers',
  'pdf.printed': 'Printed',
  'pdf.edition': 'Version',
  'pdf.euEmblem': 'Flag of the European Union',
  'answers.button': 'Download my answers as PDF',
  'answers.working': 'Making the PDF…',
  'answers.done': 'The PDF file has been downloaded.',
  'answers.failed': 'Making the PDF failed. You can print the page with the browser’s print command.',
  'answers.unshown':
    'The PDF has no letter for some characters ({chars}): a question mark stands in for them. The Print my answers button prints every character.',
  'answers.cut':
    'Some answers were longer than their box on the form: each is in full at the end of the file, and its box refers to it (for example … [1]).',
  'pack.intro':
    'Choose forms and cards, put them in order and make them into one PDF file to print. Each part gets a bookmark. The file is put together on this device from the site’s own files; nothing is sent anywhere.',
  'pack.language': 'Language',
  'pack.cards': 'Cards',
  'pack.choose': 'Choose the parts',
  'pack.order': 'Order of the pack',
  'pack.empty': 'You have not chosen any parts yet.',
  'pack.up': 'Move up',
  'pack.down': 'Move down',
  'pack.remove': 'Remove',
  'pack.name': 'File name',
  'pack.defaultName': 'Session materials',
  'pack.make': 'Make one PDF file',
  'pack.working': 'Putting the PDF together…',
  'pack.done': 'The PDF file has been downloaded.',
  'pack.failed': 'Putting the PDF together failed. You can download the files one by one from the tables above.',
  'pack.needOne': 'Choose at least one part first.',
  'pack.moved': 'Moved: {title}, place {n} of {total}.',
  'pack.removed': 'Removed: {title}.',
};

const sv: Partial<Strings> = {
  'link.worksheet': 'Utskrivbar blankett',
  'link.pages': (n: number) => (n === 1 ? '1 sida' : `${n} sidor`),
  'pdf.page': (x: number, y: number) => `Sida ${x} / ${y}`,
  'pdf.tocEntry': (title: string, x: number) => `${title}, sida ${x}`,
  'pdf.contents': 'Innehåll',
};

const tables: Record<string, Partial<Strings>> = { fi, en, sv };

export function t<K extends StringKey>(locale: string, key: K): Strings[K] {
  // English, the engine's own language, for a locale without its strings.
  const base = locale.split('-')[0] ?? 'en';
  return (tables[base]?.[key] ?? en[key]) as Strings[K];
}

/** File size for people: `42 kt` / `42 KB`, `1,2 Mt` / `1.2 MB`. */
export function formatBytes(bytes: number, locale: string): string {
  // Finnish and Swedish write kt/Mt and a decimal comma (SI prefixes in their own words).
  const fiLike = /^(fi|sv)\b/.test(locale);
  const [unitK, unitM] = fiLike ? ['kt', 'Mt'] : ['KB', 'MB'];
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} ${unitK}`;
  const mb = (bytes / (1024 * 1024)).toFixed(1);
  return `${fiLike ? mb.replace('.', ',') : mb} ${unitM}`;
}
