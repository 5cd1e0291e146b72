import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { worksheetProblems } from '../../config/config-checks.ts';
import { fixtureConfig as siteConfig } from './fixture-site.ts';

/** A project folder with the given worksheet files. */
function project(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'config-checks-'));
  mkdirSync(path.join(root, 'content/worksheets'), { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(root, 'content/worksheets', name), text);
  return root;
}

describe('worksheet files against the site config', () => {
  it('accepts a known material however it is written', () => {
    const root = project({
      'a.yaml': 'id: a\nmaterial: garden # the guide\naudience: gardener\n',
      'b.yaml': 'id: b\nmaterial: "tools"\naudience: "teacher"\n',
      'c.yaml': '{ id: c, material: garden, audience: teacher }\n',
    });
    expect(worksheetProblems(siteConfig, root)).toEqual([]);
  });

  it('names the file, line and column of an unknown material, quoted or not', () => {
    const root = project({
      'a.yaml': 'id: a\nversion: 1\nmaterial: kasvimaa\n',
      'b.yaml': "id: b\nmaterial: 'kirja'\n",
    });
    const problems = worksheetProblems(siteConfig, root);
    expect(problems[0]).toMatch(
      /^content\/worksheets\/a\.yaml:3:11: material: "kasvimaa" is not a material in the site config \(one of: garden, tools\)$/,
    );
    expect(problems[1]).toMatch(/^content\/worksheets\/b\.yaml:2:11: material: "kirja"/);
  });

  it('reports two files with one id', () => {
    const root = project({
      'a.yaml': 'id: a\nmaterial: garden\naudience: gardener\n',
      'a.yml': 'id: a\nmaterial: garden\naudience: gardener\n',
    });
    expect(worksheetProblems(siteConfig, root)).toEqual([
      'content/worksheets/a.yml: id "a" is also the id of content/worksheets/a.yaml; keep one file per worksheet',
    ]);
  });

  it('names an audience the config does not list', () => {
    const root = project({ 'a.yaml': 'id: a\nmaterial: garden\naudience: students\n' });
    expect(worksheetProblems(siteConfig, root)).toEqual([
      'content/worksheets/a.yaml:3:11: audience: "students" is not an audience in the site config (one of: gardener, teacher)',
    ]);
  });
});
