import { describe, expect, it } from 'vitest';
import { bundleFillWorker } from '../../../pdf/browser/fill-worker-asset.ts';

describe('the answers-PDF worker bundle', () => {
  it('is one self-contained module (pdf-lib inside) named by a hash of its code', async () => {
    const { code, name } = await bundleFillWorker();
    // A module worker cannot resolve bare imports: everything must be inside.
    expect(code).not.toMatch(/\bimport\s*[{("'*\w]/);
    expect(code).toContain('AcroForm');
    expect(code).toContain('addEventListener("message"');
    expect(name).toMatch(/^fill-worker\.[0-9a-f]{10}\.js$/);
    expect((await bundleFillWorker()).name).toBe(name);
  });
});
