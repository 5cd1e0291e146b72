import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { StarlightPlugin } from '@astrojs/starlight/types';
import type { AstroIntegration } from 'astro';
import { DataError } from '../schemas/data-file.ts';
import { quietHookError } from './hook-errors.ts';

type SetupContext = Parameters<NonNullable<StarlightPlugin['hooks']['config:setup']>>[0];

/** One broken link as starlight-links-validator's JSON report gives it. */
export interface LinkProblem {
  docsPath: string;
  link: string;
  position: { line: number; column: number } | null;
  message: string;
}

/** What each of the validator's findings means, in one plain sentence. */
const reasons: Record<string, string> = {
  'invalid link': 'no page has this address',
  'invalid hash': 'the page has no heading with this anchor (#…)',
  'invalid link to custom page': 'no page has this address (a page of your own is not checked: add it to exclude)',
  'relative link': 'a relative link; write it from the site root (/material/page/)',
  'local link': 'a link to localhost; write it from the site root (/material/page/)',
  'inconsistent locale': 'the link leads to a page in another language',
  'missing trailing slash': 'the address needs a / at its end',
  'forbidden trailing slash': 'the address must not end with /',
};

/**
 * The validator's findings as the engine's other content errors: `content/docs/a.mdx:5:27:
 * /material/missing/: no page has this address`, the link as the author wrote it (without the
 * base path the engine adds), one line each.
 */
export function linkProblemLines(problems: readonly LinkProblem[], docsDir: string, base: string): string[] {
  const prefix = base.replace(/\/$/, '');
  return problems.map((p) => {
    const at = p.position ? `:${p.position.line}:${p.position.column}` : '';
    const link = prefix && p.link.startsWith(`${prefix}/`) ? p.link.slice(prefix.length) : p.link;
    const reason = reasons[p.message] ?? p.message;
    return `${docsDir}/${p.docsPath}${at}: ${link}: ${reason}`;
  });
}

/**
 * Runs starlight-links-validator's setup with its report turned into the engine's error: the
 * validator prints a framed report, then throws an error that Astro prints with a `Location:`
 * line and a stack trace in the validator's code, and names files relative to content/docs/. Its
 * JSON report is read instead, and one DataError with one line per broken link is thrown; its
 * own printed report is kept back (it would say the same twice). A build without broken links
 * prints what the validator prints.
 */
export function runLinksValidator(validator: StarlightPlugin, context: SetupContext): void {
  const root = fileURLToPath(context.astroConfig.root);
  const docsDir = path
    .relative(root, fileURLToPath(new URL('content/docs/', context.astroConfig.srcDir)))
    .split(path.sep)
    .join('/');
  const reportDir = path.join(root, '.starlight-links-validator');
  const logger = Object.assign(Object.create(context.logger) as typeof context.logger, {
    // The heading of the report, said by the engine's error instead.
    error: (message: string) => (message === 'Links validation failed.' ? undefined : context.logger.error(message)),
    info: (message: string) =>
      message.startsWith('Links validation report written') ? undefined : context.logger.info(message),
  });
  const addIntegration = (integration: AstroIntegration) => {
    const done = integration.hooks['astro:build:done'];
    if (done) {
      integration.hooks['astro:build:done'] = async (params) => {
        const held: unknown[][] = [];
        const print = console.error;
        console.error = (...args: unknown[]) => {
          held.push(args);
        };
        let failure: unknown;
        try {
          await done(params);
        } catch (error) {
          failure = error;
        } finally {
          console.error = print;
        }
        const file = path.join(reportDir, 'errors.json');
        if (failure && existsSync(file)) {
          const report = JSON.parse(readFileSync(file, 'utf8')) as { errors: LinkProblem[] };
          rmSync(reportDir, { recursive: true, force: true });
          quietHookError(params.logger);
          throw new DataError(linkProblemLines(report.errors, docsDir, context.astroConfig.base), 'Links lead nowhere');
        }
        for (const args of held) print(...args);
        if (failure) throw failure;
      };
    }
    context.addIntegration(integration);
  };
  validator.hooks['config:setup']?.({ ...context, logger, addIntegration });
}
