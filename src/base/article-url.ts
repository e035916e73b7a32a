/**
 * An article's address as the reader's library keys it: one entry per article, whichever link the
 * reader came by (a newsletter's tracking tags, a #comments anchor, a trailing slash).
 */

/**
 * Query parameters that say how the reader arrived, not which article it is: analytics campaign
 * tags (utm_*), click ids of ad and social networks, and newsletter ids. Everything else in the
 * query is kept: some sites put the article id there (`?id=`, `?p=`).
 */
const TRACKING_PARAM = /^(?:utm_\w+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|twclid|igshid|mc_cid|mc_eid|ocid|cmpid|at_medium|at_campaign|at_custom\d*|smid|ref_src|_ga)$/i;

/**
 * The library key of an http(s) URL: scheme and host lower case (the URL parser does it), no
 * fragment, no tracking parameters, the rest of the query sorted, and no trailing slash on a path
 * other than "/". The host keeps its "www." so the key stays an address the reader can open.
 * Null for other schemes and for strings that are not URLs.
 */
export function normaliseArticleUrl(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url.trim());
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  u.hash = '';
  u.username = '';
  u.password = '';
  const kept = [...u.searchParams].filter(([name]) => !TRACKING_PARAM.test(name));
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  u.search = kept.length ? new URLSearchParams(kept).toString() : '';
  if (u.pathname.length > 1 && u.pathname.endsWith('/')) u.pathname = u.pathname.replace(/\/+$/, '') || '/';
  return u.toString();
}
