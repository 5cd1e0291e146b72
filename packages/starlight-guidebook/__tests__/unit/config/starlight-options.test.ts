import { describe, expect, it } from 'vitest';
import { starlightOptions } from '../../../config/starlight-options.ts';
import { fixtureConfig as exampleConfig } from '../fixture-site.ts';

describe('starlightOptions', () => {
  it('leaves code highlighting off unless the site asks for it', () => {
    expect(exampleConfig.codeHighlighting).toBe(false);
    expect(starlightOptions(exampleConfig).expressiveCode).toBe(false);
    expect(starlightOptions({ ...exampleConfig, codeHighlighting: true })).not.toHaveProperty('expressiveCode');
  });
});
