import { defineSiteConfig } from 'starlight-guidebook/config';

/**
 * An English-rooted starter: a volunteer handbook for a food bank, with a Swedish translation.
 * Nothing here is Finnish and nothing is about employment services: the engine does not mind.
 */
export default defineSiteConfig({
  url: process.env.SITE_URL ?? 'https://handbook.example.org',
  base: process.env.SITE_BASE ?? '/',
  title: { en: 'Volunteer Handbook', sv: 'Handbok för volontärer' },
  tagline: {
    en: 'Everything a new volunteer needs for the first weeks',
    sv: 'Allt en ny volontär behöver under de första veckorna',
  },
  description: {
    en: 'The volunteer handbook of Riverside Food Bank: the first weeks, with a check-in form to fill in and print.',
    sv: 'Riverside Food Banks handbok för volontärer: de första veckorna, med ett formulär att fylla i och skriva ut.',
  },
  locales: [
    { code: 'en', label: 'English' },
    { code: 'sv', label: 'Svenska' },
  ],
  logo: { src: './assets/logo.svg', alt: { en: 'Riverside Food Bank', sv: 'Riverside Food Bank' } },
  colours: { accent: '#8a3b12', accentDark: '#f4b183', accentLight: '#fbe3d4' },
  organisations: [{ name: 'Riverside Food Bank', role: { en: 'publisher', sv: 'utgivare' } }],
  audiences: {
    volunteer: { en: 'for volunteers', sv: 'för volontärer' },
    coordinator: { en: 'for coordinators', sv: 'för samordnare' },
  },
  funding: {
    en: 'An example funding notice: say here who funded the work.',
    sv: 'Ett exempel på finansieringsuppgift: berätta här vem som finansierade arbetet.',
  },
  license: {
    content: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
    code: { name: 'MIT', url: 'https://opensource.org/license/mit' },
    notice: { en: 'Content CC BY 4.0 – Riverside Food Bank', sv: 'Innehåll CC BY 4.0 – Riverside Food Bank' },
  },
  accessibilityContact: {
    email: 'feedback@handbook.example.org',
    note: { en: 'An example address.', sv: 'En exempeladress.' },
  },
  materials: [
    {
      slug: 'first-weeks',
      title: { en: 'Your first weeks', sv: 'Dina första veckor' },
      subject: { en: 'Shifts, safety and who to ask', sv: 'Pass, säkerhet och vem du kan fråga' },
    },
  ],
});
