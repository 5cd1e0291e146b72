import { describe, expect, it } from 'vitest';
import { baseLinks } from '../../../markdown/base-links.ts';
import { compoundParts, compoundTails } from '../../../markdown/compound-parts.ts';
import { focusableTables } from '../../../markdown/focusable-tables.ts';
import { stackedTables } from '../../../markdown/stacked-tables.ts';
import { compilePage } from './compile.ts';

describe('compoundTails', () => {
  it('adds the tail of a compound from the part onwards', () => {
    expect([...compoundTails('Työkokeilun aikana työpaikkamentori auttaa.', ['kokeilu', 'mentor'])].sort()).toEqual([
      'kokeilun',
      'mentori',
    ]);
  });

  it('leaves words that start with the part alone', () => {
    expect(compoundTails('Kokeilu alkaa. Mentorointi jatkuu.', ['kokeilu', 'mentor']).size).toBe(0);
  });

  it('handles hyphenated compounds and capital letters', () => {
    expect([...compoundTails('Työ- ja KOULUTUSKOKEILU sekä koulutus-kokeilu', ['kokeilu'])]).toEqual(['kokeilu']);
  });
});

describe('compound parts for search', () => {
  it('adds one hidden block with the tails of the whole page, text in components included', async () => {
    const code = await compilePage('# Työkokeilu\n\nTeksti.\n\n<Box>Työpaikkamentori</Box>\n', {
      hast: [compoundParts({ parts: ['kokeilu', 'mentor'] })],
    });
    expect(code).toMatch(
      /hidden: true,\s*"aria-hidden": "true",\s*"data-compound-parts": "",\s*children: "kokeilu mentori"/,
    );
  });

  it('reads a word as it is shown, also when emphasis splits it', async () => {
    const code = await compilePage('Koulutus**kokeilussa** ja *työ*mentori.\n', {
      hast: [compoundParts({ parts: ['kokeilu', 'mentor'] })],
    });
    expect(code).toMatch(/"data-compound-parts": "",\s*children: "kokeilussa mentori"/);
  });

  it('adds nothing to a page without compounds, or when no parts are configured', async () => {
    expect(await compilePage('Kokeilu alkaa.\n', { hast: [compoundParts({ parts: ['kokeilu'] })] })).not.toContain(
      'data-compound-parts',
    );
    expect(compoundParts({ parts: [] })).toBeUndefined();
  });
});

describe('tables join the tab order', () => {
  it('gives every table tabindex 0', async () => {
    const code = await compilePage('| a | b |\n|---|---|\n| 1 | 2 |\n', { hast: [focusableTables()] });
    expect(code).toMatch(/_components\.table, \{\s*tabIndex: "0"/);
  });
});

describe('wide tables stack on narrow screens', () => {
  const wide = '| Rooli | Ennen | **Aikana** |\n|---|---|---|\n| Mentori | valmistautuu | tukee |\n';

  it('marks a table of three columns and names each cell by its column, with no ARIA roles (invalid HTML there)', async () => {
    const code = await compilePage(wide, { hast: [focusableTables(), stackedTables()] });
    expect(code).toMatch(/_components\.table, \{\s*tabIndex: "0",\s*className: "stacked-narrow"/);
    expect(code).not.toContain('role:');
    // The column name is the header's text, without its markup.
    expect(code).toMatch(/"data-label": "Aikana",\s*children: "tukee"/);
    expect(code).toMatch(/"data-label": "Rooli",\s*children: "Mentori"/);
  });

  it('leaves a two-column table as it is', async () => {
    const code = await compilePage('| a | b |\n|---|---|\n| 1 | 2 |\n', { hast: [stackedTables()] });
    expect(code).not.toContain('stacked-narrow');
    expect(code).not.toContain('role:');
  });
});

describe('root-relative links under a sub-path', () => {
  const frontmatter = () => ({ hero: { actions: [{ link: '/opas/' }, { link: 'https://example.org/' }] } });

  it('prefixes Markdown links, images and component attributes, and nothing else', async () => {
    const fm = frontmatter();
    const code = await compilePage(
      '[a](/opas/) [b](https://example.org/) [c](#kohta) ![k](/kuva.png)\n\n<Card href="/mentorointi/" title="/ei/" />\n',
      { hast: [baseLinks({ base: '/alue/' })], frontmatter: fm },
    );
    expect(code).toContain('href: "/alue/opas/"');
    expect(code).toContain('href: "https://example.org/"');
    expect(code).toContain('href: "#kohta"');
    expect(code).toContain('src: "/alue/kuva.png"');
    expect(code).toContain('href: "/alue/mentorointi/"');
    expect(code).toContain('title: "/ei/"');
    // The links validator reads the hero's links from the frontmatter.
    expect(fm.hero.actions.map((a) => a.link)).toEqual(['/alue/opas/', 'https://example.org/']);
  });

  it('is left out at the root', () => {
    expect(baseLinks({ base: '/' })).toBeUndefined();
  });
});
