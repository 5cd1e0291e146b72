import { readFileSync } from 'node:fs';
import type { Blockquote, Link, List, Root, RootContent } from 'mdast';
import { parseMdx } from 'starlight-guidebook/print';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { checkedLabel, OFFICIAL_SOURCE_HOSTS, readRules } from '../../src/tools/trial-rules/source.ts';
import printForm from '../../src/tools/trial-rules/TrialRules.print.ts';
import { printContext } from './support/print-context.ts';

/** The rules box: one Markdown file per locale, every rule linked to an official source with the date checked. */

const locales = ['fi', 'en'] as const;

function rules(lang: string) {
  const { file, source } = readRules(lang);
  const { tree, frontmatter } = parseMdx(source, file);
  return { file, tree, frontmatter };
}

const linksOf = (node: Root | RootContent): string[] => {
  const out: string[] = [];
  visit(node, 'link', (l: Link) => {
    out.push(l.url);
  });
  return out;
};

const textOf = (node: unknown): string => {
  let s = '';
  visit(node as Root, 'text', (t: { value: string }) => {
    s += t.value;
  });
  return s;
};

describe('the rules box text', () => {
  it.each(locales)('%s: has a title, a checked date and a list of rules', (lang) => {
    const { file, frontmatter, tree } = rules(lang);
    expect(file).toBe(`content/data/kokeilun-saannot/${lang}.md`);
    expect(typeof frontmatter.title).toBe('string');
    expect(String(frontmatter.checked)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const list = tree.children.find((n): n is List => n.type === 'list');
    expect(list?.children.length).toBeGreaterThanOrEqual(8);
  });

  it.each(locales)('%s: every rule links an official source and says when it was checked', (lang) => {
    const { frontmatter, tree } = rules(lang);
    const label = checkedLabel(String(frontmatter.checked), lang);
    const list = tree.children.find((n): n is List => n.type === 'list');
    const blocks = [tree.children.find((n) => n.type === 'paragraph'), ...(list?.children ?? [])];
    for (const block of blocks) {
      if (!block) throw new Error('missing block');
      const text = textOf(block);
      const urls = linksOf(block);
      expect(urls.length, `no source in: ${text.slice(0, 60)}`).toBeGreaterThan(0);
      expect(text, `no checked date in: ${text.slice(0, 60)}`).toContain(label);
      for (const url of urls) {
        const host = new URL(url).host;
        expect(OFFICIAL_SOURCE_HOSTS as readonly string[], `${url} is not an official source`).toContain(host);
      }
    }
  });

  it('the Finnish and English boxes cite the same sources, rule by rule', () => {
    const [fi, en] = locales.map((lang) => {
      const list = rules(lang).tree.children.find((n): n is List => n.type === 'list');
      return (list?.children ?? []).map((item) => linksOf(item));
    });
    expect(en).toEqual(fi);
  });

  it('writes the checked date the way each language does', () => {
    expect(checkedLabel('2026-12-06', 'fi')).toBe('tarkistettu 6.12.2026');
    expect(checkedLabel('2026-12-06', 'en')).toBe('checked on 6 December 2026');
    expect(() => checkedLabel('6.12.2026', 'fi')).toThrow(/YYYY-MM-DD/);
  });

  it('a locale without its own text falls back to Finnish', () => {
    expect(readRules('sv').file).toBe('content/data/kokeilun-saannot/fi.md');
  });
});

describe('the rules box in a PDF book', () => {
  it.each(locales)('%s: is one boxed note with the same title and sources as the web', (lang) => {
    const blocks = printForm({}, [], printContext(lang, { material: 'opas', pageUrl: '/', file: 'x.mdx' }));
    expect(blocks).toHaveLength(1);
    const box = blocks[0] as Blockquote;
    expect(box.type).toBe('blockquote');
    const { frontmatter, tree } = rules(lang);
    expect((box.data as { title?: string }).title).toBe(frontmatter.title);
    expect(linksOf({ type: 'root', children: box.children })).toEqual(linksOf(tree));
  });
});

describe('the absence, illness and accident hand-out', () => {
  const pages = {
    fi: { file: 'content/docs/opas/poissaolo-ja-tapaturma.mdx', sources: 'Säännöt ja lähteet' },
    en: { file: 'content/docs/en/opas/poissaolo-ja-tapaturma.mdx', sources: 'Rules and sources' },
  } as const;

  function handout(lang: 'fi' | 'en') {
    const { file, sources } = pages[lang];
    const { tree, frontmatter } = parseMdx(readFileSync(file, 'utf8'), file);
    const start = tree.children.findIndex((n) => n.type === 'heading' && textOf(n) === sources);
    const list = tree.children.slice(start + 1).find((n): n is List => n.type === 'list');
    return { tree, frontmatter, start, rules: list?.children ?? [] };
  }

  it.each(locales)('%s: is a hand-out of its own with a part for each of the three users', (lang) => {
    const { tree, frontmatter } = handout(lang);
    expect(frontmatter.pagePdf).toBe(true);
    const headings = tree.children.filter((n) => n.type === 'heading' && n.depth === 2).map(textOf);
    expect(headings).toEqual(
      lang === 'fi'
        ? ['Kokeilijalle', 'Työpaikan ohjaajalle', 'Valmentajalle', 'Säännöt ja lähteet']
        : ['For the participant', 'For the workplace supervisor', 'For the coach', 'Rules and sources'],
    );
  });

  it.each(locales)('%s: every rule links an official source and says when it was checked', (lang) => {
    const { rules, start } = handout(lang);
    expect(start).toBeGreaterThan(0);
    expect(rules.length).toBeGreaterThanOrEqual(8);
    const label = checkedLabel('2026-12-06', lang);
    for (const rule of rules) {
      const text = textOf(rule);
      expect(linksOf(rule).length, `no source in: ${text.slice(0, 60)}`).toBeGreaterThan(0);
      expect(text, `no checked date in: ${text.slice(0, 60)}`).toContain(label);
    }
  });

  it.each(locales)('%s: every address outside the site is on the list of official hosts', (lang) => {
    const { tree } = handout(lang);
    const external = linksOf(tree).filter((url) => /^https?:/.test(url));
    expect(external.length).toBeGreaterThan(8);
    for (const url of external) {
      expect(OFFICIAL_SOURCE_HOSTS as readonly string[], `${url} is not an official source`).toContain(
        new URL(url).host,
      );
    }
  });

  it('says that the state insured participants only until the end of 2024 (the current law, not the old pages)', () => {
    for (const lang of locales) {
      const text = textOf(handout(lang).tree);
      expect(text).toContain(lang === 'fi' ? '31.12.2024' : '31 December 2024');
      expect(text).toMatch(lang === 'fi' ? /kunta/ : /municipality/);
    }
  });

  it('the Finnish and English hand-outs cite the same sources, rule by rule', () => {
    expect(handout('en').rules.map(linksOf)).toEqual(handout('fi').rules.map(linksOf));
  });
});
