import { defineSiteConfig } from 'starlight-guidebook/config';

export default defineSiteConfig({
  url: process.env.SITE_URL ?? 'https://hameen-malli.github.io',
  base: process.env.SITE_BASE ?? '/',
  title: { fi: 'Hämeen malli', en: 'Hämeen malli' },
  tagline: {
    fi: 'Työ- ja koulutuskokeilujen materiaalit työnantajille, valmentajille ja kokeilijoille',
    en: 'Work and education trial materials for employers, coaches and participants',
  },
  description: {
    fi: 'Hämeen malli -hankkeen avoimet materiaalit: työ- ja koulutuskokeiluopas, mentorointimalli, Tulevaisuusvalmennus 2.0 -työkirja, opinnollistaminen ja vieraskielisten tukeminen.',
    en: 'Open materials of the Hämeen malli project: the work and education trial guide, the mentoring model, the Future Coaching 2.0 workbook, studification and support for foreign-language participants.',
  },
  locales: [
    { code: 'fi', label: 'Suomi' },
    { code: 'en', label: 'English' },
  ],
  colours: { accent: '#0b5a6b', accentDark: '#7fd3e3', accentLight: '#d7eef2' },
  organisations: [
    {
      name: 'Lahden Diakonialaitos (DILA)',
      role: { fi: 'koordinoiva toteuttaja', en: 'coordinating partner' },
    },
    { name: 'Avainsäätiö', role: { fi: 'osatoteuttaja', en: 'partner' } },
    { name: 'Hyria', role: { fi: 'osatoteuttaja', en: 'partner' } },
    { name: 'Tavastia', role: { fi: 'osatoteuttaja', en: 'partner' } },
  ],
  funding: {
    fi: 'Hämeen malli -hanke (1.4.2023–31.10.2025) rahoitettiin Euroopan unionin ESR+-ohjelmasta.',
    en: 'The Hämeen malli project (1 April 2023 – 31 October 2025) was funded by the European Union ESF+ programme.',
  },
  // The project was ESF+ funded: the EU emblem with the statement the EU's visibility rules give
  // (Regulation (EU) 2021/1060, Annex IX; the Finnish wording of the Finnish ESF+ programme).
  fundingEmblem: {
    kind: 'eu',
    statement: { fi: 'Euroopan unionin osarahoittama', en: 'Co-funded by the European Union' },
  },
  license: {
    content: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
    code: { name: 'MIT', url: 'https://opensource.org/license/mit' },
    notice: {
      fi: 'Sivuston teksti CC BY 4.0 – Hämeen malli -opas',
      en: 'Site text CC BY 4.0 – Hämeen malli guidebook',
    },
  },
  // The accessibility statement's feedback address is the publisher's: set ACCESSIBILITY_EMAIL
  // where the site is built for publishing (README, docs/DEPLOY.md). A production build (SITE_URL
  // or GUIDEBOOK_PRODUCTION=1 set) fails without it or with an example address.
  accessibilityContact: {
    email: process.env.ACCESSIBILITY_EMAIL,
  },
  audiences: {
    participant: { fi: 'kokeilijalle', en: 'for participants' },
    coach: { fi: 'valmentajalle', en: 'for coaches' },
    employer: { fi: 'työnantajalle', en: 'for employers' },
    mentor: { fi: 'mentorille', en: 'for mentors' },
  },
  sidebar: {
    before: [
      {
        label: { fi: 'Sinulle', en: 'For you' },
        items: ['tyonantajalle', 'valmentajalle', 'kokeilijalle', 'omat-lomakkeet'],
      },
    ],
    after: [
      {
        label: { fi: 'Tietoa', en: 'About' },
        items: ['hanke', 'lataukset', 'lisenssi', 'tietosuoja', 'saavutettavuus'],
      },
    ],
  },
  myWorksheetsPage: 'omat-lomakkeet',
  footerLinks: [
    { slug: 'lataukset', label: { fi: 'Tulostettavat PDF-tiedostot', en: 'Printable PDF files' } },
    { slug: 'tietosuoja', label: { fi: 'Tietosuoja', en: 'Privacy' } },
    { slug: 'saavutettavuus', label: { fi: 'Saavutettavuusseloste', en: 'Accessibility statement' } },
    { slug: 'lisenssi', label: { fi: 'Lisenssi', en: 'License' } },
  ],
  materials: [
    {
      slug: 'opas',
      title: { fi: 'Työ- ja koulutuskokeiluopas', en: 'Work and Education Trial Guide' },
      subject: {
        fi: 'Työ- ja koulutuskokeilun roolit, prosessi ja tarkistuslistat',
        en: 'Roles, process and checklists of work and education trials',
      },
    },
    {
      slug: 'mentorointi',
      title: { fi: 'Mentorointimalli', en: 'Mentoring Model' },
      subject: {
        fi: 'Mentorointi osana työkokeilua',
        en: 'Mentoring as part of a work trial',
      },
    },
    {
      slug: 'tulevaisuusvalmennus',
      title: { fi: 'Tulevaisuusvalmennus 2.0 -työkirja', en: 'Future Coaching 2.0 Workbook' },
      subject: {
        fi: 'Harjoituksia omasta tulevaisuudesta, vahvuuksista ja tavoitteista',
        en: 'Exercises on your future, strengths and goals',
      },
    },
    {
      slug: 'opinnollistaminen',
      title: { fi: 'Opinnollistaminen', en: 'Studification' },
      subject: {
        fi: 'Työkokeilussa hankitun osaamisen tunnistaminen',
        en: 'Recognising competence gained in a work trial',
      },
    },
    {
      slug: 'vieraskieliset',
      title: { fi: 'Vieraskielisten tukeminen', en: 'Supporting Foreign-Language Participants' },
      subject: {
        fi: 'Infopaketit, kielitaitovaatimukset ja harjoitukset',
        en: 'Info packs, language requirements and practice',
      },
    },
  ],
  // Finnish search by base form: Voikko's analysis of every word form (content/search/fi.tsv).
  searchBaseForms: { fi: { analyser: 'voikko' } },
  // Word stems, so that inflected compounds match too ("työpaikalla" is left alone, "kokeilupaikkojen" gives "paikkojen").
  searchCompounds: [
    'kokeilu',
    'kokeilij',
    'mentor',
    'valmennu',
    'valmenta',
    'tutkin',
    'osaami',
    'paik',
    'ohjaaj',
    'yhteisö',
    'palvelu',
    'kieli',
    'taido',
    'taito',
  ],
});
