/** Whether the site a tab is on is on, as the popup's per-site switch shows it. */
import { isSiteEnabled, type Settings } from '../../platform/ui-client';

/** Whether the site itself is on, whatever the master switch says (the popup's switch is per site). */
export function siteIsOn(settings: Settings, host: string): boolean {
  return isSiteEnabled({ ...settings, enabled: true }, host);
}
