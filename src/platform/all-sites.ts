/**
 * Crosscheck on every site, once the user grants it. The manifest asks only for the news sites; the
 * options page requests `<all_urls>` (and `scripting`, to register the content script) at run time.
 * The background then registers the same content script for all other sites, and unregisters it
 * when the grant is taken back.
 */
import browser from 'webextension-polyfill';

export const ALL_SITES_REQUEST: browser.Permissions.Permissions = { origins: ['<all_urls>'], permissions: ['scripting'] };
const SCRIPT_ID = 'crosscheck-all-sites';
const CONTENT_JS = 'content-scripts/article.js';

interface ScriptingApi {
  getRegisteredContentScripts(filter?: { ids?: string[] }): Promise<{ id: string }[]>;
  registerContentScripts(scripts: object[]): Promise<void>;
  unregisterContentScripts(filter?: { ids?: string[] }): Promise<void>;
}
const scripting = (): ScriptingApi | undefined => (browser as unknown as { scripting?: ScriptingApi }).scripting;

/** Registers or unregisters the all-sites content script to match the current grant. */
export async function syncAllSitesScript(newsMatches: readonly string[]): Promise<boolean> {
  const api = scripting();
  const granted = await browser.permissions.contains({ origins: ['<all_urls>'] });
  if (!api) return false;
  const registered = (await api.getRegisteredContentScripts({ ids: [SCRIPT_ID] })).length > 0;
  if (granted && !registered) {
    await api.registerContentScripts([{
      id: SCRIPT_ID, matches: ['<all_urls>'], excludeMatches: [...newsMatches], js: [CONTENT_JS], runAt: 'document_idle',
    }]);
  } else if (!granted && registered) {
    await api.unregisterContentScripts({ ids: [SCRIPT_ID] });
  }
  return granted;
}

/**
 * Keeps the registration in step with the user's grants (call once in the background). The news
 * sites the manifest already covers are left out, so no page gets the content script twice.
 */
export function watchAllSitesGrant(newsMatches: readonly string[]): void {
  const sync = (): void => void syncAllSitesScript(newsMatches).catch((err) => console.warn('Crosscheck: all-sites script', err));
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
  sync();
}
