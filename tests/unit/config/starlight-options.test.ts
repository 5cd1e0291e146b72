import { describe, expect, it } from 'vitest';
import exampleConfig from '../../../examples/minimal/site.config.ts';
import { starlightOptions } from '../../../src/config/starlight-options.ts';

describe('starlightOptions', () => {
  it('leaves code highlighting off unless the site asks for it', () => {
    expect(exampleConfig.codeHighlighting).toBe(false);
    expect(starlightOptions(exampleConfig).expressiveCode).toBe(false);
    expect(starlightOptions({ ...exampleConfig, codeHighlighting: true })).not.toHaveProperty('expressiveCode');
  });
});
