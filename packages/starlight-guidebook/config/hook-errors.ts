import type { AstroIntegrationLogger } from 'astro';

/**
 * Before an integration hook throws an author's error: Astro logs "An unhandled error occurred
 * while running the … hook" above any error a hook throws, which reads like a crash of the build
 * tools. The next such line of this hook's logger is left out; the error itself, with its file,
 * line and reason, is printed as always. Bugs (anything not thrown through here) keep the line.
 */
export function quietHookError(logger: AstroIntegrationLogger): void {
  const own = Object.hasOwn(logger, 'error') ? logger.error : undefined;
  const error = logger.error.bind(logger);
  logger.error = (message: string) => {
    if (!/An unhandled error occurred while running the/.test(message)) return error(message);
    if (own) logger.error = own;
    else delete (logger as { error?: unknown }).error;
  };
}
