import type { AstroIntegrationLogger } from 'astro';
import { describe, expect, it } from 'vitest';
import { quietHookError } from '../../../config/hook-errors.ts';

class Logger {
  readonly lines: string[] = [];
  error(message: string): void {
    this.lines.push(message);
  }
}

describe('an author error thrown from an integration hook', () => {
  it("leaves out Astro's next 'unhandled error' line of that logger, once, and nothing else", () => {
    const logger = new Logger();
    quietHookError(logger as unknown as AstroIntegrationLogger);
    logger.error('something else');
    logger.error('An unhandled error occurred while running the "astro:build:done" hook');
    logger.error('An unhandled error occurred while running the "astro:build:done" hook');
    expect(logger.lines).toEqual([
      'something else',
      'An unhandled error occurred while running the "astro:build:done" hook',
    ]);
    expect(Object.hasOwn(logger, 'error')).toBe(false);
  });
});
