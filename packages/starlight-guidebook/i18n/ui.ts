/**
 * Interface strings of the engine's own components (Starlight translates its own).
 * Finnish is complete; other locales fall back to it key by key.
 */
const fi = {
  'footer.funding': 'Rahoitus',
  'footer.license': 'Lisenssi',
  'footer.privacy': 'Tietosuoja',
  'footer.accessibility': 'Saavutettavuusseloste',
  'footer.downloads': 'Tulostettavat PDF-tiedostot',
  'footer.nav': 'Sivuston tiedot',
  'emblem.eu': 'Euroopan unionin lippu',
  'offline.title': 'Ei verkkoyhteyttä',
  'offline.lead': 'Tätä sivua ei ole tallennettu tälle laitteelle, eikä verkkoyhteyttä nyt ole.',
  'offline.works':
    'Ilman verkkoa toimivat sivut, joilla olet käynyt tällä laitteella, kaikki lomakkeet ja työkalut sekä haku. Vastauksesi ovat tallessa tässä selaimessa.',
  'offline.retry': 'Kun yhteys palaa, lataa sivu uudelleen.',
  'offline.home': 'Etusivulle',
};

type Key = keyof typeof fi;
const en: Record<Key, string> = {
  'footer.funding': 'Funding',
  'footer.license': 'License',
  'footer.privacy': 'Privacy',
  'footer.accessibility': 'Accessibility statement',
  'footer.downloads': 'Printable PDF files',
  'footer.nav': 'About this site',
  'emblem.eu': 'Flag of the European Union',
  'offline.title': 'You are offline',
  'offline.lead': 'This page has not been saved on this device, and there is no network connection right now.',
  'offline.works':
    'Without a network, the pages you have visited on this device, every worksheet and tool, and search still work. Your answers are kept in this browser.',
  'offline.retry': 'When the connection is back, reload the page.',
  'offline.home': 'To the home page',
};
const sv: Partial<Record<Key, string>> = {
  'footer.funding': 'Finansiering',
  'footer.license': 'Licens',
  'footer.privacy': 'Dataskydd',
  'footer.accessibility': 'Tillgänglighetsutlåtande',
  'footer.downloads': 'Utskrivbara PDF-filer',
  'footer.nav': 'Om webbplatsen',
  'emblem.eu': 'Europeiska unionens flagga',
};

const strings: Record<string, Partial<Record<Key, string>>> = { fi, en, sv };

export type UiKey = Key;
export function ui(lang: string | undefined, key: Key): string {
  // English, the engine's own language, for a locale without its strings.
  const base = (lang ?? 'en').split('-')[0] ?? 'en';
  return strings[base]?.[key] ?? en[key];
}
