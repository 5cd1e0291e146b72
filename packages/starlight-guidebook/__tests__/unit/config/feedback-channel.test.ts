import { describe, expect, it } from 'vitest';
import { publishingProblems } from '../../../config/config-checks.ts';
import { feedbackChannelProblem, isProductionBuild } from '../../../config/feedback-channel.ts';
import { fixtureConfig as siteConfig } from '../fixture-site.ts';

const note = { fi: 'Huom.', en: 'Note.' };

describe('the accessibility feedback channel', () => {
  it('takes a real address', () => {
    expect(feedbackChannelProblem({ email: 'saavutettavuus@dila.fi' })).toBeUndefined();
    expect(feedbackChannelProblem({ email: 'palaute@kunta.fi', note })).toBeUndefined();
  });

  it('calls a missing address or an example domain a placeholder', () => {
    expect(feedbackChannelProblem({})).toBe('no feedback address is set');
    for (const email of [
      'saavutettavuus@example.org',
      'a@example.com',
      'a@EXAMPLE.NET',
      'a@sub.example.org',
      'a@site.test',
      'a@x.invalid',
      'a@foo.example',
    ]) {
      expect(feedbackChannelProblem({ email }), email).toMatch(/placeholder/);
    }
    // A real domain that only contains the word is not one.
    expect(feedbackChannelProblem({ email: 'a@myexample.org' })).toBeUndefined();
  });

  it('knows a build for publishing by SITE_URL or GUIDEBOOK_PRODUCTION=1', () => {
    expect(isProductionBuild({})).toBe(false);
    expect(isProductionBuild({ SITE_URL: 'https://opas.fi' })).toBe(true);
    expect(isProductionBuild({ GUIDEBOOK_PRODUCTION: '1' })).toBe(true);
    expect(isProductionBuild({ GUIDEBOOK_PRODUCTION: '0' })).toBe(false);
  });

  it('fails a production build without a real address, naming the config field; not a test build', () => {
    const placeholder = { ...siteConfig, accessibilityContact: { email: 'saavutettavuus@example.org' } };
    const [problem] = publishingProblems(placeholder, 'build', { SITE_URL: 'https://opas.fi' });
    expect(problem).toMatch(
      /^site\.config\.ts: accessibilityContact\.email: "saavutettavuus@example\.org" is a placeholder/,
    );
    expect(
      publishingProblems({ ...siteConfig, accessibilityContact: {} }, 'build', { GUIDEBOOK_PRODUCTION: '1' }),
    ).toHaveLength(1);
    expect(publishingProblems(placeholder, 'build', {})).toEqual([]);
    expect(publishingProblems(placeholder, 'dev', { SITE_URL: 'https://opas.fi' })).toEqual([]);
    const real = { ...siteConfig, accessibilityContact: { email: 'saavutettavuus@dila.fi' } };
    expect(publishingProblems(real, 'build', { SITE_URL: 'https://opas.fi' })).toEqual([]);
  });
});
