/** Which site a tab is on, as the settings name sites. Pure apart from the shared host rule. */
import { isSiteEnabled, normaliseHost, type Settings } from '../../platform/ui-client';

/** The host of an http(s) URL, normalised ("www." dropped); null for other schemes or bad URLs. */
export function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? normaliseHost(u.hostname) || null : null;
  } catch {
    return null;
  }
}

/** Whether the site itself is on, whatever the master switch says (the popup's switch is per site). */
export function siteIsOn(settings: Settings, host: string): boolean {
  return isSiteEnabled({ ...settings, enabled: true }, host);
}
