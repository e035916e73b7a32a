/** Host names as Crosscheck speaks of sites: in settings, in the popup, and for a page's publisher. */

/** A hostname as settings keep it: lower case, without a leading "www.". */
export function normaliseHost(host: string): string {
  return host.trim().toLowerCase().replace(/^www\./, '');
}

/** The host of an http(s) URL, normalised ({@link normaliseHost}); null for other schemes or bad URLs. */
export function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? normaliseHost(u.hostname) || null : null;
  } catch {
    return null;
  }
}
