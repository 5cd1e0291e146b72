import type { SiteConfig } from './site-config.ts';

/**
 * The accessibility statement's feedback channel (act 306/2019, section 15: a way to report
 * shortcomings and ask for content in an accessible form). A published site needs the publisher's
 * real address; an example or reserved domain (RFC 2606, RFC 6761) is a placeholder.
 */
const placeholderDomain =
  /(^|\.)(example\.(com|net|org)|[^.]+\.(example|invalid|localhost|test)|example|invalid|localhost|test)$/i;

/** Why the configured channel cannot be published, or undefined when it can. */
export function feedbackChannelProblem(contact: SiteConfig['accessibilityContact']): string | undefined {
  const email = contact.email;
  if (!email) return 'no feedback address is set';
  const domain = email.split('@')[1] ?? '';
  if (placeholderDomain.test(domain)) return `"${email}" is a placeholder address (${domain} is reserved for examples)`;
  return undefined;
}

/**
 * A build meant for publishing: the deployment sets the site's address (SITE_URL, as the GitHub
 * Pages workflow does) or says so with GUIDEBOOK_PRODUCTION=1. Development builds and CI's test
 * builds set neither and may go without a feedback address.
 */
export function isProductionBuild(env: Record<string, string | undefined> = process.env): boolean {
  return env.GUIDEBOOK_PRODUCTION === '1' || Boolean(env.SITE_URL);
}
