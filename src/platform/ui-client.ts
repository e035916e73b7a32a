/**
 * What the extension's own pages (popup, options, report page) ask of the browser, behind plain
 * async functions, so Preact components under src/ui never touch `browser.*` themselves.
 */
import browser from 'webextension-polyfill';
import {
  send, type CorpusInfo, type ImportChunkReport, type ImportItem, type LibraryExportPage, type LibraryItem, type LibraryListing,
  type LibraryOutcome, type LibraryStatus, type ReportView, type TabResult,
} from './messages';
import type { SearchHit } from '../corpus/match-reports';
import { ALL_SITES_REQUEST } from './all-sites';

export { loadSettings, updateSettings, setSiteEnabled, watchSettings, isSiteEnabled } from './settings';
export type { Settings } from './settings';
export { watchTabResult } from './tab-results';
export type { CorpusInfo, ImportChunkReport, ImportItem, LibraryExportPage, LibraryItem, LibraryListing, LibraryOutcome, LibraryStatus, ReportView, TabResult };

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

/** The reader's library as the popup sees it, for a tab (or none). */
export const getLibraryStatus = (tabId: number | null): Promise<LibraryStatus> => send('library-status', { tabId });
/** Keeps the tab's article in the library now, whether or not automatic keeping is on. */
export const saveArticle = (tabId: number): Promise<LibraryOutcome> => send('library-save', { tabId });
/** Deletes an article from the library: the tab's, or the one kept at `url`. */
export const forgetArticle = (which: { tabId: number } | { url: string }): Promise<LibraryOutcome> => send('library-forget', which);
/** A page of the library, newest first, filtered by the words of `query` ("" for all). */
export const listLibrary = (query: string, offset: number, limit: number): Promise<LibraryListing> => send('library-list', { query, offset, limit });
/** Deletes every article in the library. */
export const deleteLibrary = (): Promise<LibraryOutcome> => send('library-delete-all', {});
/** A page of whole entries, newest first, for a pack. */
export const exportLibraryPage = (offset: number, limit: number): Promise<LibraryExportPage> => send('library-export', { offset, limit });
/** Starts a staged import; nothing is written before {@link commitImport}. */
export const beginImport = (): Promise<{ id: string }> => send('library-import-begin', {});
/** Stages a chunk of items, each accepted or rejected with why. */
export const addImportItems = (id: string, items: ImportItem[]): Promise<ImportChunkReport> => send('library-import-add', { id, items });
/** Writes everything staged, in one transaction (all or nothing). */
export const commitImport = (id: string): Promise<LibraryOutcome> => send('library-import-commit', { id });
/** Drops a staged import: nothing of it is written. */
export const abortImport = (id: string): Promise<null> => send('library-import-abort', { id });

/** The URL of a bundled report's page, for links. */
export const reportUrl = (id: string): string => browser.runtime.getURL(`/report.html?id=${encodeURIComponent(id)}`);

/** Opens the options page. */
export const openOptions = (): Promise<void> => browser.runtime.openOptionsPage();
/** The URL of the options page, at `#fragment` when given (a link from the popup to one of its sections). */
export const optionsUrl = (fragment = ''): string => browser.runtime.getURL(`/options.html${fragment ? `#${encodeURIComponent(fragment)}` : ''}`);


/** Whether the user granted access to all sites. */
export const hasAllSites = (): Promise<boolean> => browser.permissions.contains({ origins: ['<all_urls>'] });
/** Asks the user for access to all sites (must run in a user gesture). */
export const requestAllSites = (): Promise<boolean> => browser.permissions.request(ALL_SITES_REQUEST);
/** Gives the all-sites access back. */
export const revokeAllSites = (): Promise<boolean> => browser.permissions.remove({ origins: ['<all_urls>'] });
