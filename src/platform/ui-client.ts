/**
 * What the extension's own pages (popup, options, report page) ask of the browser, behind plain
 * async functions, so Preact components under src/ui never touch `browser.*` themselves.
 */
import browser from 'webextension-polyfill';
import { send, type CorpusInfo, type ReportView, type TabResult } from './messages';
import type { SearchHit } from '../corpus/match-reports';
import { ALL_SITES_REQUEST } from './all-sites';

export { loadSettings, updateSettings, setSiteEnabled, watchSettings, isSiteEnabled } from './settings';
export type { Settings } from './settings';
export { watchTabResult } from './tab-results';
export type { CorpusInfo, ReportView, TabResult };

/** The tab the popup speaks of: `?tab=ID` when given (tests open the popup in a tab), else the active tab. */
export async function currentTab(search = location.search): Promise<{ id: number; url: string | null } | null> {
  const param = new URLSearchParams(search).get('tab');
  if (param && /^\d+$/.test(param)) {
    const id = Number(param);
    const tab = await browser.tabs.get(id).catch(() => null);
    return { id, url: tab?.url ?? null };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id !== undefined ? { id: tab.id, url: tab.url ?? null } : null;
}

export const getTabResult = (tabId: number): Promise<TabResult | null> => send('get-tab', { tabId });
export const searchReports = (query: string): Promise<SearchHit[]> => send('search', { query });
export const getReport = (id: string): Promise<ReportView | null> => send('get-report', { id });
export const getCorpusInfo = (): Promise<CorpusInfo> => send('corpus-info', {});
export const openReport = (id: string): Promise<null> => send('open-report', { id });

/** The URL of a bundled report's page, for links. */
export const reportUrl = (id: string): string => browser.runtime.getURL(`/report.html?id=${encodeURIComponent(id)}`);

/** Opens the options page. */
export const openOptions = (): Promise<void> => browser.runtime.openOptionsPage();


/** Whether the user granted access to all sites. */
export const hasAllSites = (): Promise<boolean> => browser.permissions.contains({ origins: ['<all_urls>'] });
/** Asks the user for access to all sites (must run in a user gesture). */
export const requestAllSites = (): Promise<boolean> => browser.permissions.request(ALL_SITES_REQUEST);
/** Gives the all-sites access back. */
export const revokeAllSites = (): Promise<boolean> => browser.permissions.remove({ origins: ['<all_urls>'] });
