import { defineSiteConfig } from 'starlight-guidebook/config';

/** The package's base fixture guidebook. broken-* tests name its line numbers: add lines at the end. */
export default defineSiteConfig({
  url: 'https://guidebook.example.org',
  base: '/example/',
  title: { fi: 'Kasvimaaopas', en: 'Vegetable Garden Guide' },
  tagline: { fi: 'Esimerkkiopas samalla moottorilla', en: 'An example guidebook on the same engine' },
  description: {
    fi: 'Pieni esimerkkiopas, joka näyttää, miten oma opas tehdään vaihtamalla sisältö ja asetustiedosto.',
    en: 'A small example guidebook that shows how to make your own by swapping the content and one config file.',
  },
  locales: [
    { code: 'fi', label: 'Suomi' },
    { code: 'en', label: 'English' },
  ],
  logo: { src: './assets/logo.svg', alt: { fi: 'Kasvimaaopas', en: 'Vegetable Garden Guide' } },
  colours: { accent: '#5b2a86', accentDark: '#d2b6f0', accentLight: '#efe4fa' },
  organisations: [
    {
      name: 'Esimerkkiyhdistys',
      role: { fi: 'julkaisija', en: 'publisher' },
      logo: '/logos/partner.svg',
    },
  ],
  funding: {
    fi: 'Esimerkki rahoitustiedosta: kerro tässä, kuka työn rahoitti.',
    en: 'An example funding notice: say here who funded the work.',
  },
  license: {
    content: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
    code: { name: 'MIT', url: 'https://opensource.org/license/mit' },
    notice: { fi: 'Sisältö CC BY 4.0 – Esimerkkiyhdistys', en: 'Content CC BY 4.0 – Example Association' },
  },
  accessibilityContact: {
    email: 'feedback@example.org',
    note: { fi: 'Esimerkkiosoite.', en: 'An example address.' },
  },
  audiences: { participant: { fi: 'puutarhurille', en: 'for gardeners' } },
  footerLinks: [{ slug: 'kasvimaa', label: { fi: 'Kasvimaa', en: 'Vegetable garden' } }],
  materials: [
    {
      slug: 'kasvimaa',
      title: { fi: 'Kasvimaa', en: 'Vegetable garden' },
      subject: { fi: 'Kasvimaan suunnittelu', en: 'Planning a vegetable garden' },
    },
  ],
});
