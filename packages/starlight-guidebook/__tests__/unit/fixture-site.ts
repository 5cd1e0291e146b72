import { defineSiteConfig } from '../../config/site-config.ts';

/** The site config of a made-up guidebook: the engine's tests must not need any real site's. */
export const fixtureConfig = defineSiteConfig({
  url: 'https://garden.example.org',
  title: { fi: 'Puutarhaopas', en: 'Garden Guide' },
  tagline: { fi: 'Testisivusto', en: 'Test site' },
  description: { fi: 'Kuvaus testille', en: 'Description for tests' },
  locales: [
    { code: 'fi', label: 'Suomi' },
    { code: 'en', label: 'English' },
  ],
  colours: { accent: '#2f6b1f', accentDark: '#a8e08f', accentLight: '#e2f4da' },
  organisations: [{ name: 'Testiyhdistys', role: { fi: 'toteuttaja', en: 'partner' } }],
  audiences: {
    gardener: { fi: 'puutarhurille', en: 'for gardeners' },
    teacher: { fi: 'opettajalle', en: 'for teachers' },
  },
  funding: { fi: 'Rahoitus testistä.', en: 'Funded by tests.' },
  license: {
    content: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
    code: { name: 'MIT', url: 'https://opensource.org/license/mit' },
    notice: { fi: 'Sisältö CC BY 4.0', en: 'Content CC BY 4.0' },
  },
  accessibilityContact: { email: 'feedback@garden.example.org', note: { fi: 'Huom', en: 'Note' } },
  materials: [
    { slug: 'garden', title: { fi: 'Puutarha', en: 'Garden' }, subject: { fi: 'Kasvit', en: 'Plants' } },
    { slug: 'tools', title: { fi: 'Työkalut', en: 'Tools' }, subject: { fi: 'Välineet', en: 'Equipment' } },
  ],
});
