import { describe, expect, it } from 'vitest';
import siteConfig from '../../site.config.ts';

describe("this site's accessibility feedback address", () => {
  it('is the publisher’s (ACCESSIBILITY_EMAIL), never a placeholder written into the repository', () => {
    expect(siteConfig.accessibilityContact.email).toBe(process.env.ACCESSIBILITY_EMAIL || undefined);
  });
});
