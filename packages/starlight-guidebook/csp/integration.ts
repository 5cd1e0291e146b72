import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * Completes the CSP of every page (404 too) with the hashes of its inline scripts and styles
 * (see inline-hashes.ts), through a middleware that runs last, on the finished HTML.
 */
export function guidebookCspInlineHashes(): AstroIntegration {
  return {
    name: 'guidebook-csp-inline-hashes',
    hooks: {
      'astro:config:setup': ({ addMiddleware }) => {
        addMiddleware({ entrypoint: fileURLToPath(new URL('./middleware.ts', import.meta.url)), order: 'post' });
      },
    },
  };
}
