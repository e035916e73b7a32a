/**
 * src/sites/news-sites.json: the sites the content script runs on without asking, read by
 * src/sites/news-sites.ts, which turns each domain into `*://*.domain/*`. A domain is therefore
 * a bare lower-case host (no scheme, port, path or "www."), listed once, and not a subdomain of
 * another listed domain (its pattern already covers it).
 */
import * as v from 'valibot';
import { byCodePoint, Comment, ordered } from './common';
import type { DataFileSpec } from './data-file';
import type { Problem } from './problems';

const FILE = 'src/sites/news-sites.json';
const LABEL = '[a-z0-9](?:[a-z0-9-]*[a-z0-9])?';
const HOST = new RegExp(`^${LABEL}(?:\\.${LABEL})+$`);

const Domain = v.pipe(
  v.string(),
  v.check((d) => !/^[a-z][a-z0-9+.-]*:/i.test(d), 'must be a host without a scheme'),
  v.check((d) => d === d.toLowerCase(), 'must be lower-case'),
  v.check((d) => !d.startsWith('www.'), 'must not start with "www." (subdomains are matched anyway)'),
  v.regex(HOST, 'expected a host name such as "example.com" (no port, path or wildcard)'),
);

/** The schema of news-sites.json. */
export const NewsSitesSchema = v.strictObject({ $comment: Comment, domains: v.pipe(v.array(Domain), v.minLength(1, 'needs at least one domain')) });

/** The file as the schema describes it. */
export type NewsSitesData = v.InferOutput<typeof NewsSitesSchema>;

function check(s: NewsSitesData): Problem[] {
  const problems: Problem[] = [];
  s.domains.forEach((d, i) => {
    const entry = `site "${d}"`;
    const field = `domains[${i}]`;
    if (s.domains.indexOf(d) !== i) problems.push({ file: FILE, entry, field, message: 'listed twice' });
    const parent = s.domains.find((p) => d.endsWith(`.${p}`));
    if (parent !== undefined) problems.push({ file: FILE, entry, field, message: `already covered by "${parent}"` });
  });
  return problems;
}

/** Canonical form: domains sorted (each becomes its own match pattern; their order means nothing). */
function canonical(s: NewsSitesData): NewsSitesData {
  return ordered({ ...s, domains: [...new Set(s.domains)].sort(byCodePoint) }, ['$comment', 'domains']);
}

/** news-sites.json: schema, checks, canonical form. */
export const NEWS_SITES: DataFileSpec<NewsSitesData> = {
  path: FILE,
  schema: NewsSitesSchema,
  nouns: { domains: 'site' },
  check,
  canonical,
};
