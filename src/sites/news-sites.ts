import sites from './news-sites.json';

/** Domains of the news sites Crosscheck runs on without asking (see news-sites.json). */
export const NEWS_DOMAINS: readonly string[] = sites.domains;

/**
 * Match patterns for a domain and its subdomains: `*://*.example.com/*` matches the bare domain
 * and every subdomain, on any port (the match-pattern spec makes the port irrelevant).
 */
export function matchPatternsFor(domains: readonly string[]): string[] {
  return domains.map((d) => `*://*.${d}/*`);
}

/** The content script's and the manifest's host patterns. */
export const NEWS_MATCHES: readonly string[] = matchPatternsFor(NEWS_DOMAINS);
